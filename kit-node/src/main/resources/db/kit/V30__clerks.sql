-- Clerk login (docs/security.md, "Clerk accounts").
--
-- The roster the hub sent last (de.buergerkoffer.bundle.ClerkRoster), replaced as a whole by a
-- newer version. display_name and pin_hash are AES-256-GCM ciphertext under the kit's data key,
-- bound to the row by the user name (de.buergerkoffer.kit.protection.ProtectedColumn).
CREATE TABLE kit_clerk (
  username     TEXT PRIMARY KEY,
  display_name BLOB NOT NULL,
  pin_hash     BLOB NOT NULL,
  active       INTEGER NOT NULL
);

-- The version of the roster held; one row once a roster arrived.
CREATE TABLE kit_clerk_roster (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  version     INTEGER NOT NULL,
  issued_at   TEXT NOT NULL,
  received_at TEXT NOT NULL
);

-- Wrong PINs per user name (also for names not on the roster), and until when a name is locked.
-- On disk, so a restart does not reset a lockout.
CREATE TABLE clerk_login_failure (
  username     TEXT PRIMARY KEY,
  failures     INTEGER NOT NULL,
  locked_until TEXT
);
