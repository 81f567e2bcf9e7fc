-- Encryption at rest and retention (docs/security.md, "Encryption at rest", "Data minimisation").
--
-- From this version on, these columns hold AES-256-GCM ciphertext (BLOB: 0x01 || nonce || data ||
-- tag) under the kit's data key, bound to their row and column by the associated data:
--   captured_case.fields_json    (the case's values, JSON)            row: case_id
--   captured_case.clerk          (the clerk's name)                    row: case_id
--   captured_case.reject_detail  (the hub's explanation, may be NULL)  row: case_id
--   case_attachment.name         (the document's file name)            row: case_id
--   case_attachment.data         (the document)                        row: case_id, plain name
-- The declared types stay (SQLite keeps a BLOB as it is in a TEXT column); only the meaning
-- changes, and the JDBC adapters (JdbcCaseStore, JdbcOutbox) encrypt and decrypt. Rows written
-- before this version are plaintext; the kit encrypts them once at its first start with a data key
-- (de.buergerkoffer.kit.protection.DataKeyUnlock), recognised by kit_data_key being empty.
-- outbox.sealed is a CMS AuthEnvelopedData for the hub already and stays as it is.

-- Proof that the data key unlocked at start-up is the one this database was encrypted with: a
-- fixed text encrypted with it. Empty until the first start with encryption.
CREATE TABLE kit_data_key (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  check_value BLOB NOT NULL,
  created_at  TEXT NOT NULL
);

-- When the retention job deleted the case's personal data; NULL while it is still there. Case
-- number, form, status and timestamps stay.
ALTER TABLE captured_case ADD COLUMN purged_at TEXT;

CREATE INDEX captured_case_retention ON captured_case (status, status_at) WHERE purged_at IS NULL;
