-- Clerk accounts (Sachbearbeiter:innen), managed at the town hall and sent to the kits as a sealed
-- roster (de.buergerkoffer.bundle.ClerkRoster). The hub never stores a PIN, only its Argon2id hash.
CREATE TABLE clerk (
  username     TEXT PRIMARY KEY,          -- lower case
  display_name TEXT NOT NULL,
  pin_hash     TEXT NOT NULL,             -- PHC string, de.buergerkoffer.bundle.crypto.PinHash
  active       INTEGER NOT NULL DEFAULT 1,
  all_kits     INTEGER NOT NULL DEFAULT 1, -- 1: may use every kit; 0: only those in clerk_kit
  created_at   TEXT NOT NULL,
  changed_at   TEXT NOT NULL
);

-- The kits a clerk may use when all_kits = 0.
CREATE TABLE clerk_kit (
  username TEXT NOT NULL REFERENCES clerk (username),
  kit_id   TEXT NOT NULL,
  PRIMARY KEY (username, kit_id)
);

-- The last roster version issued per kit, so versions only go up even within one millisecond or
-- after the hub's clock was set back.
CREATE TABLE clerk_roster_version (
  kit_id  TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);
