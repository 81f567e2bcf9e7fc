package de.buergerkoffer.hub.kits;

import java.time.Instant;

/**
 * A kit as the town hall's admin sees it.
 *
 * @param lastSeenAt when the hub last heard from it (a bundle or a transfer question), or null
 * @param revokedAt when it was revoked, or null while it is in service
 */
public record KitRecord(
    String kitId, Instant enrolledAt, Instant lastSeenAt, Instant revokedAt, String revokeReason) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
