package de.buergerkoffer.bundle.transfer;

import java.io.ByteArrayOutputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** A chunk store in memory, for tests and tools; the hub uses a durable one. */
public final class InMemoryChunkStore implements ChunkStore {

  private final Map<UUID, Transfer> transfers = new HashMap<>();
  private final Map<UUID, TreeMap<Integer, byte[]>> chunks = new HashMap<>();

  @Override
  public synchronized Optional<Transfer> transfer(UUID bundleId) {
    return Optional.ofNullable(transfers.get(bundleId));
  }

  @Override
  public synchronized void begin(Transfer transfer) {
    transfers.put(transfer.bundleId(), transfer);
    chunks.put(transfer.bundleId(), new TreeMap<>());
  }

  @Override
  public synchronized void put(UUID bundleId, int index, byte[] data) {
    chunks.get(bundleId).putIfAbsent(index, data.clone());
  }

  @Override
  public synchronized long heldBytes(UUID bundleId) {
    return chunks.getOrDefault(bundleId, new TreeMap<>()).values().stream()
        .mapToLong(d -> d.length)
        .sum();
  }

  @Override
  public synchronized BitSet held(UUID bundleId) {
    BitSet held = new BitSet();
    chunks.getOrDefault(bundleId, new TreeMap<>()).keySet().forEach(held::set);
    return held;
  }

  @Override
  public synchronized byte[] assemble(UUID bundleId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chunks.get(bundleId).values().forEach(out::writeBytes);
    return out.toByteArray();
  }

  @Override
  public synchronized void discard(UUID bundleId) {
    transfers.remove(bundleId);
    chunks.remove(bundleId);
  }
}
