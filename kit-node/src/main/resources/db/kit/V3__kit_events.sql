-- Last time of kit-wide events, e.g. the last export to a USB stick.
CREATE TABLE kit_event (
  name TEXT PRIMARY KEY,
  at   TEXT NOT NULL
);
