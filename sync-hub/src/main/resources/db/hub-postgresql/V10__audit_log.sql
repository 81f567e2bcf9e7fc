-- Audit log: who did what, when. Append-only and hash-chained; the rules of the chain are in
-- de.buergerkoffer.bundle.audit.AuditChain, see docs/security.md. No personal data of residents.
CREATE TABLE audit_log (
  seq       BIGINT PRIMARY KEY CHECK (seq >= 1),
  at        TEXT COLLATE "C" NOT NULL,  -- ISO-8601 UTC, nine fraction digits
  actor     TEXT COLLATE "C" NOT NULL,
  action    TEXT COLLATE "C" NOT NULL,
  subject   TEXT COLLATE "C" NOT NULL,
  detail    TEXT COLLATE "C" NOT NULL,
  prev_hash TEXT COLLATE "C" NOT NULL,
  hash      TEXT COLLATE "C" NOT NULL UNIQUE
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit log is append-only';
END
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- TRUNCATE fires no row trigger (SQLite has no TRUNCATE)
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The last number given out. Each append writes it first (taking the row lock before the head
-- is read) and it only counts up, so entries cut off at the end still show.
CREATE TABLE audit_head (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq BIGINT NOT NULL
);
INSERT INTO audit_head (id, last_seq) VALUES (1, 0);

CREATE FUNCTION audit_head_counts_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.last_seq IS DISTINCT FROM OLD.last_seq + 1 THEN
    RAISE EXCEPTION 'audit head only counts up';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_head_counts_up BEFORE UPDATE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_counts_up();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
