-- Hub schema, walking skeleton. Timestamps are ISO-8601 UTC text.

CREATE TABLE kit (
  kit_id          TEXT PRIMARY KEY,
  certificate_pem TEXT NOT NULL,
  enrolled_at     TEXT NOT NULL,
  last_seen_at    TEXT
);

CREATE TABLE enrollment_token (
  token      TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at    TEXT,
  used_by    TEXT
);

-- One row per accepted bundle: the idempotency key of a transfer.
CREATE TABLE received_bundle (
  bundle_id   TEXT PRIMARY KEY,
  kit_id      TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  received_at TEXT NOT NULL
);

-- One row per accepted case: the idempotency key of a case.
CREATE TABLE received_case (
  case_id      TEXT PRIMARY KEY,
  case_number  TEXT NOT NULL,
  bundle_id    TEXT NOT NULL REFERENCES received_bundle (bundle_id),
  kit_id       TEXT NOT NULL,
  form_id      TEXT NOT NULL,
  form_version INTEGER NOT NULL,
  clerk        TEXT NOT NULL,
  captured_at  TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  status       TEXT NOT NULL,
  fields_json  TEXT NOT NULL
);
CREATE INDEX received_case_received_at ON received_case (received_at);

-- Everything the hub could not accept, with the raw bytes and a machine-readable reason.
CREATE TABLE quarantined_bundle (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  received_at TEXT NOT NULL,
  topic_kit_id TEXT NOT NULL,
  bundle_id   TEXT,
  sha256      TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL,
  reason      TEXT NOT NULL,
  detail      TEXT NOT NULL,
  raw         BLOB NOT NULL
);
