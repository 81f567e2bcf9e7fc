-- Documents of received cases (scans, signature), stored once with the case.
CREATE TABLE received_attachment (
  case_id    TEXT NOT NULL REFERENCES received_case (case_id),
  name       TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  data       BLOB NOT NULL,
  PRIMARY KEY (case_id, name)
);
