package de.buergerkoffer.bundle;

import java.time.Instant;
import java.util.Objects;

/**
 * An order from the town hall to one kit, signed by the hub ({@link HubSigned}) and published
 * retained on the kit's command topic, so a kit that comes online later still receives it.
 *
 * @param kitId the kit the order is for; a kit ignores orders for other kits
 * @param type what to do
 * @param reason why, for the audit log and the clerk
 * @param issuedAt when the hub issued it
 */
public record KitCommand(String kitId, Type type, String reason, Instant issuedAt) {

  public KitCommand {
    Objects.requireNonNull(kitId, "kitId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  /** The orders a kit understands. */
  public enum Type {
    /** The kit was revoked (lost, stolen, retired): erase personal data and keys, then stop. */
    WIPE
  }
}
