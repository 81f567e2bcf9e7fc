package de.buergerkoffer.kit.outbox;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.SealedBundle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The kit's outbox: every captured case stays here until the hub's verified acknowledgement names
 * its bundle and the exact bytes sent. It is the source of truth for what still has to travel; the
 * MQTT client's own persistence only smooths a reconnect.
 */
public interface Outbox {

  /** Cases not yet sealed into a bundle, with their documents, oldest first. */
  List<CaseContent> unsealed(int limit);

  /** Records the bundle a case was sealed into; from now on exactly these bytes are sent. */
  void attachBundle(UUID caseId, SealedBundle bundle);

  /**
   * Sealed bundles to send now, oldest first: never sent, or their ack is overdue. At most {@code
   * window} bundles are awaiting an ack at any time.
   */
  List<PendingBundle> due(Instant now, int window);

  /** Every sealed bundle not yet acknowledged, oldest first, for export to a USB stick. */
  List<PendingBundle> sealedPending();

  /** Notes that the pending bundles were exported; an export counts as a sync for the freeze. */
  void markExported(Instant at);

  /** When the bundles were last exported to a stick. */
  Optional<Instant> lastExportedAt();

  /** When the oldest case not yet confirmed by the hub was captured. */
  Optional<Instant> oldestPendingCapturedAt();

  /** Notes a send; the bundle is due again at {@code nextAttempt} if no ack arrives. */
  void markSent(UUID bundleId, Instant sentAt, Instant nextAttempt);

  /** Makes every unacknowledged bundle due now, e.g. after the broker came back. */
  void resendAllNow(Instant now);

  /**
   * Applies a verified acknowledgement: when it names a pending bundle and the SHA-256 of the bytes
   * sent, the case is marked received (or rejected) and leaves the outbox.
   */
  AckResult apply(Ack ack, Instant now);

  /** Cases not yet acknowledged or rejected. */
  int pendingCount();

  /** When the hub last confirmed a case. */
  Optional<Instant> lastAcknowledgedAt();

  /**
   * A bundle waiting to be sent or acknowledged.
   *
   * @param attempts how often it was sent so far
   */
  record PendingBundle(UUID bundleId, UUID caseId, byte[] sealed, int attempts) {}

  /** What an ack did. */
  enum AckResult {
    /** The case is now acknowledged or rejected. */
    APPLIED,
    /** No pending bundle with that id (already applied, or never ours). */
    UNKNOWN_BUNDLE,
    /** The ack names other bytes than the ones sent; ignored. */
    HASH_MISMATCH,
    /** The ack's signature did not verify as the hub's; ignored. */
    NOT_VERIFIED
  }
}
