-- Visit planning: the visits the town hall planned for a kit. They name residents, so they are
-- deleted a retention period after their day (bk.hub.visits.retention, docs/security.md).
CREATE TABLE visit (
  visit_id      TEXT PRIMARY KEY,
  kit_id        TEXT NOT NULL,
  day           TEXT NOT NULL,  -- ISO-8601 date, town-hall time zone
  time          TEXT NOT NULL,
  resident_name TEXT NOT NULL,
  address       TEXT NOT NULL,
  form_ids      TEXT NOT NULL,  -- comma-separated form ids of the catalog
  note          TEXT NOT NULL,
  changed_at    TEXT NOT NULL
);
CREATE INDEX visit_kit_day ON visit (kit_id, day);

-- The last visit plan issued per kit: its version only counts up; published = 0 while it waits
-- for the broker.
CREATE TABLE visit_plan (
  kit_id    TEXT PRIMARY KEY,
  version   INTEGER NOT NULL,
  issued_at TEXT NOT NULL,
  visits    INTEGER NOT NULL,
  published INTEGER NOT NULL
);
