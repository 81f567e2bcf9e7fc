package de.buergerkoffer.hub.kits;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The enrolled kits, and which of them are revoked. */
public interface KitRegistry {

  List<KitRecord> all();

  Optional<KitRecord> find(String kitId);

  /** The kit's current certificate (issued at enrollment or its last renewal), if enrolled. */
  Optional<X509Certificate> certificate(String kitId);

  /**
   * Every certificate the kit has held: the current one and those it replaced by renewing. For
   * checking what the kit signed in the past (receipts); empty if the kit is not enrolled.
   */
  List<X509Certificate> certificatesEverHeld(String kitId);

  /** True when the kit was revoked; its bundles are then quarantined. */
  default boolean isRevoked(String kitId) {
    return find(kitId).map(KitRecord::revoked).orElse(false);
  }

  /**
   * Notes that the kit was in contact (a bundle or a transfer question arrived); kept to the
   * nearest 30 seconds.
   */
  void seen(String kitId, Instant at);

  /**
   * Revokes the kit; a second revocation keeps the first time and reason.
   *
   * @return false when no such kit is enrolled
   */
  boolean revoke(String kitId, String reason, Instant at);
}
