package de.buergerkoffer.bundle.transfer;

import java.util.BitSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the hub keeps the chunks of bundles still in transfer. A durable implementation lets a
 * transfer survive a hub restart; the kit then sends only what is missing.
 */
public interface ChunkStore {

  /** What is known of a transfer in progress, if any. */
  Optional<Transfer> transfer(UUID bundleId);

  /** Starts keeping a transfer; its first chunk has arrived. */
  void begin(Transfer transfer);

  /** Keeps one chunk's data; a chunk already held is left as it is. */
  void put(UUID bundleId, int index, byte[] data);

  /** How many data bytes of the transfer are held. */
  long heldBytes(UUID bundleId);

  /** Which chunk indexes are held. */
  BitSet held(UUID bundleId);

  /** The held chunks concatenated in index order. */
  byte[] assemble(UUID bundleId);

  /** Forgets the transfer and its chunks. */
  void discard(UUID bundleId);

  /**
   * A transfer in progress.
   *
   * @param kitId the kit whose topic the first chunk arrived on
   * @param count chunks in the bundle
   * @param size the bundle's size in bytes
   * @param sha256 lower-case hex SHA-256 of the whole bundle
   */
  record Transfer(UUID bundleId, String kitId, int count, long size, String sha256) {}
}
