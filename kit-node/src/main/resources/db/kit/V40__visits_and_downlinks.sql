-- Visits at the kitchen table (de.buergerkoffer.kit.visit): the resident, the ID-card data and the
-- draft of the form being filled, so a reload or a restart of the kit resumes exactly where the
-- clerk was. data is AES-256-GCM ciphertext (ProtectedColumn.VISIT_DATA, row: visit_id) of JSON.
CREATE TABLE kit_visit (
  visit_id   TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at  TEXT,
  data       BLOB NOT NULL
);
CREATE INDEX kit_visit_open ON kit_visit (closed_at, started_at);

-- The latest message of each kind the hub sent down (visit plan, case states), with its version so
-- older or replayed messages are ignored. data: ciphertext (ProtectedColumn.DOWNLINK_DATA, row:
-- name) of the message's JSON.
CREATE TABLE downlink_state (
  name        TEXT PRIMARY KEY,
  version     INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  data        BLOB NOT NULL
);

-- Cases whose receipt did not come out of the printer ("Beleg später drucken"). No personal data.
CREATE TABLE unprinted_receipt (
  case_id TEXT PRIMARY KEY,
  since   TEXT NOT NULL
);
