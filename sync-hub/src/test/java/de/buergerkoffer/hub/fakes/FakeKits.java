package de.buergerkoffer.hub.fakes;

import de.buergerkoffer.hub.kits.KitRecord;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A kit registry in memory. */
public final class FakeKits implements KitRegistry {

  private final Map<String, KitRecord> kits = new TreeMap<>();

  public FakeKits enrolled(String kitId, Instant at) {
    kits.put(kitId, new KitRecord(kitId, at, null, null, null));
    return this;
  }

  public FakeKits put(KitRecord kit) {
    kits.put(kit.kitId(), kit);
    return this;
  }

  @Override
  public List<KitRecord> all() {
    return List.copyOf(kits.values());
  }

  @Override
  public Optional<KitRecord> find(String kitId) {
    return Optional.ofNullable(kits.get(kitId));
  }

  /** No certificates here. */
  @Override
  public Optional<java.security.cert.X509Certificate> certificate(String kitId) {
    return Optional.empty();
  }

  @Override
  public java.util.List<java.security.cert.X509Certificate> certificatesEverHeld(String kitId) {
    return java.util.List.of();
  }

  @Override
  public void seen(String kitId, Instant at) {
    KitRecord k = kits.get(kitId);
    kits.put(kitId, new KitRecord(kitId, k.enrolledAt(), at, k.revokedAt(), k.revokeReason()));
  }

  @Override
  public boolean revoke(String kitId, String reason, Instant at) {
    KitRecord k = kits.get(kitId);
    if (k == null) {
      return false;
    }
    if (!k.revoked()) {
      kits.put(kitId, new KitRecord(kitId, k.enrolledAt(), k.lastSeenAt(), at, reason));
    }
    return true;
  }
}
