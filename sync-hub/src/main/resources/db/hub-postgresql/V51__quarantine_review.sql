-- Review of quarantined bundles: an admin releases one (ingested again after the cause was fixed)
-- or rejects it (kept for audit). OPEN until then.
ALTER TABLE quarantined_bundle ADD COLUMN state TEXT COLLATE "C" NOT NULL DEFAULT 'OPEN';
ALTER TABLE quarantined_bundle ADD COLUMN resolved_at TEXT COLLATE "C";
ALTER TABLE quarantined_bundle ADD COLUMN resolved_by TEXT COLLATE "C";
ALTER TABLE quarantined_bundle ADD COLUMN resolution TEXT COLLATE "C";
CREATE INDEX quarantined_bundle_state ON quarantined_bundle (state);
