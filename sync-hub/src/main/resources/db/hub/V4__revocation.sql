-- Revocation of a kit (lost, stolen, retired).
ALTER TABLE kit ADD COLUMN revoked_at TEXT;
ALTER TABLE kit ADD COLUMN revoke_reason TEXT;
