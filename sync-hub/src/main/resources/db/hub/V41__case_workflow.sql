-- Case workflow at the hub: status as de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus names,
-- each change as an event with who, when and the note. search_name: the applicant's names folded
-- to lower case ASCII (ä -> ae, ß -> ss, accents dropped) for the inbox search. It holds nothing
-- that fields_json does not already hold, lives and dies with the case row, and is never logged.
ALTER TABLE received_case ADD COLUMN search_name TEXT;
ALTER TABLE received_case ADD COLUMN status_changed_at TEXT;
ALTER TABLE received_case ADD COLUMN status_note TEXT NOT NULL DEFAULT '';
UPDATE received_case SET status = 'RECEIVED' WHERE status = 'eingegangen';
UPDATE received_case SET status_changed_at = received_at;
CREATE INDEX received_case_kit_changed ON received_case (kit_id, status_changed_at);

CREATE TABLE case_event (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES received_case (case_id),
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('STATUS', 'EXPORT')),
  status  TEXT,
  note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_event_case ON case_event (case_id, id);
