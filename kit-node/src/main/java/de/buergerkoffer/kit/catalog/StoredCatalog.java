package de.buergerkoffer.kit.catalog;

import java.time.Instant;
import java.util.Optional;

/** Where the kit keeps the newest catalog release the hub signed, across restarts. */
public interface StoredCatalog {

  /** The signed bytes of the stored release, if any. */
  Optional<byte[]> load();

  /** Replaces the stored release. */
  void save(long version, byte[] signed, Instant receivedAt);
}
