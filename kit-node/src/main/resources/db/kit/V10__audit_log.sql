-- Audit log: who did what, when. Append-only and hash-chained; the rules of the chain are in
-- de.buergerkoffer.bundle.audit.AuditChain, see docs/security.md. No personal data of residents.
CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY CHECK (seq >= 1),
  at        TEXT NOT NULL,  -- ISO-8601 UTC, nine fraction digits
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  subject   TEXT NOT NULL,
  detail    TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL UNIQUE
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;

-- The last number given out. Each append writes it first (taking the write lock before the head
-- is read) and it only counts up, so entries cut off at the end still show.
CREATE TABLE audit_head (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq INTEGER NOT NULL
);
INSERT INTO audit_head (id, last_seq) VALUES (1, 0);

CREATE TRIGGER audit_head_counts_up BEFORE UPDATE ON audit_head
WHEN NEW.id IS NOT OLD.id OR NEW.last_seq IS NOT OLD.last_seq + 1
BEGIN
  SELECT RAISE(ABORT, 'audit head only counts up');
END;

CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;
