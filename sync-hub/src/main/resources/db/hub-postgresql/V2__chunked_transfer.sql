-- Bundles in transfer: chunks arrive one by one and survive a hub restart.
CREATE TABLE transfer (
  bundle_id     TEXT COLLATE "C" PRIMARY KEY,
  kit_id        TEXT COLLATE "C" NOT NULL,
  chunk_count   INTEGER NOT NULL,
  size_bytes    BIGINT NOT NULL,
  sha256        TEXT COLLATE "C" NOT NULL,
  started_at    TEXT COLLATE "C" NOT NULL
);

CREATE TABLE transfer_chunk (
  bundle_id TEXT COLLATE "C" NOT NULL REFERENCES transfer (bundle_id) ON DELETE CASCADE,
  idx       INTEGER NOT NULL,
  data      BYTEA NOT NULL,
  PRIMARY KEY (bundle_id, idx)
);
