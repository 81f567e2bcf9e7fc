-- Review of quarantined bundles: an admin releases one (ingested again after the cause was fixed)
-- or rejects it (kept for audit). OPEN until then.
ALTER TABLE quarantined_bundle ADD COLUMN state TEXT NOT NULL DEFAULT 'OPEN';
ALTER TABLE quarantined_bundle ADD COLUMN resolved_at TEXT;
ALTER TABLE quarantined_bundle ADD COLUMN resolved_by TEXT;
ALTER TABLE quarantined_bundle ADD COLUMN resolution TEXT;
CREATE INDEX quarantined_bundle_state ON quarantined_bundle (state);
