package de.buergerkoffer.kit.sync;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.BundleSealer;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import de.buergerkoffer.kit.outbox.Outbox;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves cases from the outbox to the town hall. Each round it seals new cases (works offline),
 * then, when the transport is connected, sends the oldest due bundles within the in-flight window.
 * A bundle without ack is sent again after the ack timeout, doubling per try with jitter, up to ten
 * minutes. Acks are applied only after their hub signature verifies.
 */
public final class SyncAgent {

  private static final Logger log = LoggerFactory.getLogger(SyncAgent.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  private static final int SEAL_BATCH = 20;

  private final String kitId;
  private final Outbox outbox;
  private final BundleTransport transport;
  private final Supplier<Optional<KitIdentity>> identity;
  private final Clock clock;
  private final int window;
  private final Duration ackTimeout;
  private final AuditLog audit;

  public SyncAgent(
      String kitId,
      Outbox outbox,
      BundleTransport transport,
      Supplier<Optional<KitIdentity>> identity,
      Clock clock,
      int window,
      Duration ackTimeout,
      AuditLog audit) {
    this.kitId = kitId;
    this.outbox = outbox;
    this.transport = transport;
    this.identity = identity;
    this.clock = clock;
    this.window = window;
    this.ackTimeout = ackTimeout;
    this.audit = audit;
  }

  /**
   * Seals every case not yet sealed; works offline. Returns false when the kit is not enrolled and
   * so cannot seal.
   */
  public synchronized boolean sealPending() {
    Optional<KitIdentity> id = identity.get();
    id.ifPresent(this::seal);
    return id.isPresent();
  }

  /** One round of sealing and sending; safe to call at any time. */
  public synchronized void runOnce() {
    Optional<KitIdentity> id = identity.get();
    if (id.isEmpty()) {
      return;
    }
    seal(id.get());
    if (transport.connected()) {
      send();
    }
  }

  private void seal(KitIdentity id) {
    List<CaseContent> unsealed = outbox.unsealed(SEAL_BATCH);
    if (unsealed.isEmpty()) {
      return;
    }
    BundleSealer sealer = new BundleSealer(id.kit(), List.of(id.hubEncryption()), clock);
    for (CaseContent c : unsealed) {
      outbox.attachBundle(c.data().caseId(), sealer.sealContents(List.of(c)));
    }
    log.info("Sealed {} case(s) into bundles", unsealed.size());
  }

  private void send() {
    for (Outbox.PendingBundle pending : outbox.due(clock.instant(), window)) {
      if (!transport.send(kitId, pending.bundleId(), pending.sealed())) {
        return;
      }
      Instant now = clock.instant();
      outbox.markSent(pending.bundleId(), now, now.plus(backoff(pending.attempts())));
    }
  }

  /** The wait before the next try after {@code attempts} earlier sends, with up to 20 % jitter. */
  Duration backoff(int attempts) {
    Duration base = ackTimeout.multipliedBy(1L << Math.min(attempts, 10));
    if (base.compareTo(MAX_BACKOFF) > 0) {
      base = MAX_BACKOFF;
    }
    long jitter = (long) (base.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
    return base.plusMillis(jitter);
  }

  /** The transport (re)connected: whatever waits for an ack is sent again at once. */
  public void onConnected() {
    outbox.resendAllNow(clock.instant());
  }

  /**
   * A signed ack arrived (over MQTT or from a USB stick). It is applied only if it verifies against
   * the hub CA as the hub's signing key and names the bytes this kit sent.
   */
  public Outbox.AckResult onAck(byte[] signed) {
    Optional<KitIdentity> id = identity.get();
    if (id.isEmpty()) {
      log.warn("Ack received before enrollment; ignored");
      return Outbox.AckResult.UNKNOWN_BUNDLE;
    }
    Ack ack;
    try {
      ack = AckCodec.verify(signed, id.get().ca(), clock.instant());
    } catch (GeneralSecurityException e) {
      log.warn("Ack refused, signature not valid: {}", e.getMessage());
      return Outbox.AckResult.NOT_VERIFIED;
    }
    Outbox.AckResult result = outbox.apply(ack, clock.instant());
    if (result == Outbox.AckResult.HASH_MISMATCH) {
      log.warn("Ack for bundle {} names other bytes than sent; ignored", ack.bundleId());
    } else if (result == Outbox.AckResult.APPLIED) {
      audit.record(
          kitId,
          AuditAction.SYNC_ACK,
          ack.bundleId().toString(),
          "outcome=" + ack.outcome() + (ack.reason() == null ? "" : "; reason=" + ack.reason()));
      log.info(
          "Bundle {} {}",
          ack.bundleId(),
          ack.outcome() == Ack.Outcome.ACCEPTED
              ? "received by the town hall"
              : "rejected by the town hall: " + ack.reason());
    }
    return result;
  }
}
