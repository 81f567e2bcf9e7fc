-- Documents of a case (scans, signature), kept with the case until the hub has it.
CREATE TABLE case_attachment (
  case_id TEXT NOT NULL REFERENCES captured_case (case_id),
  name    TEXT NOT NULL,
  data    BLOB NOT NULL,
  PRIMARY KEY (case_id, name)
);
