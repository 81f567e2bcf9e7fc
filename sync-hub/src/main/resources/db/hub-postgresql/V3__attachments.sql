-- Documents of received cases (scans, signature), stored once with the case.
CREATE TABLE received_attachment (
  case_id    TEXT COLLATE "C" NOT NULL REFERENCES received_case (case_id),
  name       TEXT COLLATE "C" NOT NULL,
  media_type TEXT COLLATE "C" NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256     TEXT COLLATE "C" NOT NULL,
  data       BYTEA NOT NULL,
  PRIMARY KEY (case_id, name)
);
