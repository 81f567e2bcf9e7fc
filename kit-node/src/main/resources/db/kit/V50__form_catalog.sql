-- The newest form catalog the hub published to this kit, as signed by the hub (verified again when
-- read). One row at most; absent means the kit uses its built-in catalog.
CREATE TABLE form_catalog (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  version     INTEGER NOT NULL,
  signed      BLOB NOT NULL,
  received_at TEXT NOT NULL
);
