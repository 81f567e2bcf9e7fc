package de.buergerkoffer.bundle.transfer;

import de.buergerkoffer.bundle.BundleLimits;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.crypto.Pki;
import java.util.Optional;

/**
 * Puts bundles back together on the hub, chunk by chunk, in any order and with any duplicates.
 * Every chunk is checked against its own hash and against what earlier chunks said about the bundle
 * (count, size, SHA-256, kit); the whole is checked against its size and SHA-256 before it is
 * handed on. Bundles larger than the limits are refused at their first chunk.
 */
public final class ChunkAssembler {

  /** Largest chunk data accepted; senders use {@link ChunkCodec#DEFAULT_CHUNK_BYTES}. */
  public static final int MAX_CHUNK_BYTES = 4 * 1024 * 1024;

  private final ChunkStore store;
  private final BundleLimits limits;

  public ChunkAssembler(ChunkStore store, BundleLimits limits) {
    this.store = store;
    this.limits = limits;
  }

  /** Accepts one chunk as received on the topic of {@code kitId}. */
  public AssemblyResult accept(String kitId, byte[] payload) {
    Chunk chunk;
    try {
      chunk = ChunkCodec.decode(payload);
    } catch (ChunkException e) {
      return new AssemblyResult.Rejected(null, RejectReason.MALFORMED, e.getMessage());
    }
    var id = chunk.bundleId();
    if (chunk.bundleSize() > limits.maxSealedBytes()) {
      return new AssemblyResult.Rejected(
          id,
          RejectReason.OVERSIZED,
          "bundle has " + chunk.bundleSize() + " bytes, limit is " + limits.maxSealedBytes());
    }
    if (chunk.data().length > MAX_CHUNK_BYTES
        || (long) chunk.count() * MAX_CHUNK_BYTES < chunk.bundleSize()
        || chunk.count() > chunk.bundleSize() + 1) {
      return new AssemblyResult.Rejected(
          id, RejectReason.MALFORMED, "chunk count and bundle size do not fit together");
    }
    ChunkStore.Transfer announced =
        new ChunkStore.Transfer(
            id, kitId, chunk.count(), chunk.bundleSize(), chunk.bundleSha256Hex());
    Optional<ChunkStore.Transfer> known = store.transfer(id);
    if (chunk.count() == 1 && known.isEmpty()) {
      // a bundle in one piece never touches the store: if the hub dies before it is stored, the
      // broker delivers the chunk again (it is acknowledged to the broker only after ingest)
      return whole(id, chunk.data(), chunk);
    }
    if (known.isEmpty()) {
      store.begin(announced);
    } else if (!known.get().equals(announced)) {
      return new AssemblyResult.Rejected(
          id,
          RejectReason.MALFORMED,
          "chunk " + chunk.index() + " disagrees with earlier chunks of bundle " + id);
    }
    if (!store.held(id).get(chunk.index())
        && store.heldBytes(id) + chunk.data().length > chunk.bundleSize()) {
      store.discard(id);
      return new AssemblyResult.Rejected(
          id,
          RejectReason.OVERSIZED,
          "chunks of bundle " + id + " exceed its announced size of " + chunk.bundleSize());
    }
    store.put(id, chunk.index(), chunk.data());
    int held = store.held(id).cardinality();
    if (held < chunk.count()) {
      return new AssemblyResult.Incomplete(id, held, chunk.count());
    }
    byte[] whole = store.assemble(id);
    store.discard(id);
    return whole(id, whole, chunk);
  }

  /** The joined bundle if it matches the size and SHA-256 its chunks announced. */
  private static AssemblyResult whole(java.util.UUID id, byte[] whole, Chunk chunk) {
    if (whole.length != chunk.bundleSize()
        || !Pki.sha256Hex(whole).equals(chunk.bundleSha256Hex())) {
      return new AssemblyResult.Rejected(
          id, RejectReason.HASH_MISMATCH, "reassembled bundle does not match its SHA-256");
    }
    return new AssemblyResult.Complete(id, whole);
  }
}
