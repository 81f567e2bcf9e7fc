-- Revocation of a kit (lost, stolen, retired).
ALTER TABLE kit ADD COLUMN revoked_at TEXT COLLATE "C";
ALTER TABLE kit ADD COLUMN revoke_reason TEXT COLLATE "C";
