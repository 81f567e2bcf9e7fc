package de.buergerkoffer.bundle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The hub's answer to one bundle. A positive ack tells the kit the cases are stored at the town
 * hall; only then may the kit start its retention clock. A negative ack says why the bundle was
 * quarantined, so the clerk can act.
 *
 * <p>Acks travel signed by the hub ({@link AckCodec}); a kit acts on none it cannot verify.
 *
 * @param bundleId the bundle answered
 * @param sha256 SHA-256 of the sealed bytes the hub received; the kit compares it with what it sent
 * @param outcome accepted or rejected
 * @param reason for a rejection, the stable code; null when accepted
 * @param detail for a rejection, a sentence for people; null when accepted
 * @param caseIds the cases the hub stored (empty when rejected)
 * @param issuedAt when the hub issued this ack
 */
public record Ack(
    UUID bundleId,
    String sha256,
    Outcome outcome,
    RejectReason reason,
    String detail,
    List<UUID> caseIds,
    Instant issuedAt) {

  public Ack {
    caseIds = List.copyOf(caseIds);
  }

  /** Whether the hub stored the bundle's cases. */
  public enum Outcome {
    ACCEPTED,
    REJECTED
  }

  /** A positive ack. */
  public static Ack accepted(UUID bundleId, String sha256, List<UUID> caseIds, Instant at) {
    return new Ack(bundleId, sha256, Outcome.ACCEPTED, null, null, caseIds, at);
  }

  /** A negative ack. */
  public static Ack rejected(
      UUID bundleId, String sha256, RejectReason reason, String detail, Instant at) {
    return new Ack(bundleId, sha256, Outcome.REJECTED, reason, detail, List.of(), at);
  }
}
