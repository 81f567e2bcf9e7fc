package de.buergerkoffer.hub.dashboard;

import de.buergerkoffer.hub.kits.KitRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which kits in service have been quiet too long: not heard from (or, never heard from, not
 * enrolled) within the given time. A quiet kit may be lost, broken, or holding cases that should
 * have arrived. Revoked kits are left out.
 */
public final class KitWatch {

  private KitWatch() {}

  /** A kit that has been quiet, and since when. */
  public record QuietKit(String kitId, Instant lastContact, boolean neverSeen) {}

  public static List<QuietKit> quiet(List<KitRecord> kits, Instant now, Duration limit) {
    Instant since = now.minus(limit);
    return kits.stream()
        .filter(k -> !k.revoked())
        .map(
            k ->
                new QuietKit(
                    k.kitId(),
                    k.lastSeenAt() == null ? k.enrolledAt() : k.lastSeenAt(),
                    k.lastSeenAt() == null))
        .filter(q -> q.lastContact().isBefore(since))
        .toList();
  }
}
