-- Bundles in transfer: chunks arrive one by one and survive a hub restart.
CREATE TABLE transfer (
  bundle_id     TEXT PRIMARY KEY,
  kit_id        TEXT NOT NULL,
  chunk_count   INTEGER NOT NULL,
  size_bytes    INTEGER NOT NULL,
  sha256        TEXT NOT NULL,
  started_at    TEXT NOT NULL
);

CREATE TABLE transfer_chunk (
  bundle_id TEXT NOT NULL REFERENCES transfer (bundle_id) ON DELETE CASCADE,
  idx       INTEGER NOT NULL,
  data      BLOB NOT NULL,
  PRIMARY KEY (bundle_id, idx)
);
