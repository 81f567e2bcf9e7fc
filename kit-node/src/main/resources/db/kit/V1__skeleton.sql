-- Kit schema, walking skeleton. Timestamps are ISO-8601 UTC text.

-- A captured case (Vorgang). Kept until the hub has acknowledged it.
CREATE TABLE captured_case (
  case_id        TEXT PRIMARY KEY,
  case_number    TEXT NOT NULL UNIQUE,
  form_id        TEXT NOT NULL,
  form_version   INTEGER NOT NULL,
  clerk          TEXT NOT NULL,
  captured_at    TEXT NOT NULL,
  fields_json    TEXT NOT NULL,
  status         TEXT NOT NULL,  -- QUEUED, SENT, ACKNOWLEDGED, REJECTED
  status_at      TEXT NOT NULL,
  reject_reason  TEXT,
  reject_detail  TEXT
);

-- The outbox: one row per case to deliver, written in the same transaction as the case.
CREATE TABLE outbox (
  case_id         TEXT PRIMARY KEY REFERENCES captured_case (case_id),
  enqueued_at     TEXT NOT NULL,
  bundle_id       TEXT UNIQUE,
  sealed          BLOB,
  sha256          TEXT,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_sent_at    TEXT,
  done_at         TEXT
);
CREATE INDEX outbox_pending ON outbox (done_at, enqueued_at);

-- Running number for case numbers; one row.
CREATE TABLE case_counter (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  last_value INTEGER NOT NULL
);
INSERT INTO case_counter (id, last_value) VALUES (1, 0);
