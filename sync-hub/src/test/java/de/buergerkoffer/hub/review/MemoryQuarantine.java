package de.buergerkoffer.hub.review;

import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.hub.quarantine.Quarantine;
import de.buergerkoffer.hub.quarantine.QuarantineEntry;
import de.buergerkoffer.hub.quarantine.QuarantinedBundle;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A quarantine in memory. */
final class MemoryQuarantine implements Quarantine {

  final Map<Long, QuarantineEntry> entries = new TreeMap<>();
  final Map<Long, byte[]> raw = new TreeMap<>();
  private long next = 1;

  @Override
  public void hold(QuarantinedBundle b) {
    long id = next++;
    raw.put(id, b.raw());
    entries.put(
        id,
        new QuarantineEntry(
            id,
            new QuarantinedBundle(
                b.receivedAt(),
                b.topicKitId(),
                b.bundleId(),
                b.sha256(),
                b.sizeBytes(),
                b.reason(),
                b.detail(),
                new byte[0]),
            QuarantineEntry.State.OPEN,
            null,
            null,
            null));
  }

  @Override
  public List<QuarantinedBundle> recent(int limit) {
    return entries.values().stream().map(QuarantineEntry::bundle).limit(limit).toList();
  }

  @Override
  public List<QuarantineEntry> entries(QuarantineEntry.State state, int limit) {
    return entries.values().stream()
        .filter(e -> e.state() == state)
        .sorted(Comparator.comparingLong(QuarantineEntry::id).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<QuarantineEntry> find(long id) {
    return Optional.ofNullable(entries.get(id));
  }

  @Override
  public Optional<byte[]> raw(long id) {
    return Optional.ofNullable(raw.get(id));
  }

  @Override
  public int countOpen() {
    return (int) entries.values().stream().filter(QuarantineEntry::open).count();
  }

  @Override
  public boolean resolve(
      long id, QuarantineEntry.State state, Instant at, String by, String resolution) {
    QuarantineEntry e = entries.get(id);
    if (e == null || !e.open()) {
      return false;
    }
    entries.put(id, new QuarantineEntry(id, e.bundle(), state, at, by, resolution));
    return true;
  }

  @Override
  public void updateReason(long id, RejectReason reason, String detail) {
    QuarantineEntry e = entries.get(id);
    QuarantinedBundle b = e.bundle();
    entries.put(
        id,
        new QuarantineEntry(
            id,
            new QuarantinedBundle(
                b.receivedAt(),
                b.topicKitId(),
                b.bundleId(),
                b.sha256(),
                b.sizeBytes(),
                reason,
                detail,
                b.raw()),
            e.state(),
            e.resolvedAt(),
            e.resolvedBy(),
            e.resolution()));
  }
}
