-- Exports of a case to the back office, one job per target (drop folder, webhook). Jobs survive a
-- restart; a failed attempt is retried with exponential back-off until max attempts.
CREATE TABLE export_job (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id         TEXT NOT NULL REFERENCES received_case (case_id),
  target          TEXT NOT NULL CHECK (target IN ('DROP', 'WEBHOOK')),
  state           TEXT NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
  requested_by    TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error      TEXT NOT NULL DEFAULT '',
  done_at         TEXT
);
CREATE INDEX export_job_due ON export_job (state, next_attempt_at);
CREATE INDEX export_job_case ON export_job (case_id, id);
