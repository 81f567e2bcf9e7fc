-- Town-hall staff who log in to the hub (not the kits' field clerks, whose PINs travel in the
-- clerk roster). One role per account; passwords as Spring Security "{id}hash" strings
-- ({argon2}: Argon2id PHC string). Lockout after repeated failures: see StaffAccounts.
CREATE TABLE staff_user (
  username        TEXT COLLATE "C" PRIMARY KEY,
  display_name    TEXT COLLATE "C" NOT NULL,
  password_hash   TEXT COLLATE "C" NOT NULL,
  role            TEXT COLLATE "C" NOT NULL CHECK (role IN ('ADMIN', 'CASE_WORKER', 'CLERK')),
  enabled         INTEGER NOT NULL DEFAULT 1,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    TEXT COLLATE "C",
  created_at      TEXT COLLATE "C" NOT NULL,
  last_login_at   TEXT COLLATE "C"
);
