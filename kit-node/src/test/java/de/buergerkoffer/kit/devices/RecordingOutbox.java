package de.buergerkoffer.kit.devices;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.kit.outbox.Outbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An outbox for the status lights: the test sets how many cases wait, and it records the "send now"
 * requests. Sealing and sending are not its business.
 */
final class RecordingOutbox implements Outbox {

  volatile int pending;
  volatile int resendRequests;
  volatile Instant resendAt;

  @Override
  public synchronized void resendAllNow(Instant now) {
    resendRequests++;
    resendAt = now;
  }

  @Override
  public int pendingCount() {
    return pending;
  }

  @Override
  public List<CaseContent> unsealed(int limit) {
    return List.of();
  }

  @Override
  public void attachBundle(UUID caseId, SealedBundle bundle) {
    throw new UnsupportedOperationException("not sealing here");
  }

  @Override
  public List<PendingBundle> due(Instant now, int window) {
    return List.of();
  }

  @Override
  public List<PendingBundle> sealedPending() {
    return List.of();
  }

  @Override
  public void markExported(Instant at) {
    throw new UnsupportedOperationException("not exporting here");
  }

  @Override
  public Optional<Instant> lastExportedAt() {
    return Optional.empty();
  }

  @Override
  public Optional<Instant> oldestPendingCapturedAt() {
    return Optional.empty();
  }

  @Override
  public void markSent(UUID bundleId, Instant sentAt, Instant nextAttempt) {
    throw new UnsupportedOperationException("not sending here");
  }

  @Override
  public AckResult apply(Ack ack, Instant now) {
    return AckResult.UNKNOWN_BUNDLE;
  }

  @Override
  public Optional<Instant> lastAcknowledgedAt() {
    return Optional.empty();
  }
}
