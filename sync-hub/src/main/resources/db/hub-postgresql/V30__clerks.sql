-- Clerk accounts (Sachbearbeiter:innen), managed at the town hall and sent to the kits as a sealed
-- roster (de.buergerkoffer.bundle.ClerkRoster). The hub never stores a PIN, only its Argon2id hash.
CREATE TABLE clerk (
  username     TEXT COLLATE "C" PRIMARY KEY,          -- lower case
  display_name TEXT COLLATE "C" NOT NULL,
  pin_hash     TEXT COLLATE "C" NOT NULL,             -- PHC string, de.buergerkoffer.bundle.crypto.PinHash
  active       INTEGER NOT NULL DEFAULT 1,
  all_kits     INTEGER NOT NULL DEFAULT 1, -- 1: may use every kit; 0: only those in clerk_kit
  created_at   TEXT COLLATE "C" NOT NULL,
  changed_at   TEXT COLLATE "C" NOT NULL
);

-- The kits a clerk may use when all_kits = 0.
CREATE TABLE clerk_kit (
  username TEXT COLLATE "C" NOT NULL REFERENCES clerk (username),
  kit_id   TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (username, kit_id)
);

-- The last roster version issued per kit, so versions only go up even within one millisecond or
-- after the hub's clock was set back.
CREATE TABLE clerk_roster_version (
  kit_id  TEXT COLLATE "C" PRIMARY KEY,
  version BIGINT NOT NULL
);
