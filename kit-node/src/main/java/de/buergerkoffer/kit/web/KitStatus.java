package de.buergerkoffer.kit.web;

import de.buergerkoffer.kit.enrollment.KitEnrollment;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.sync.BundleTransport;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The always-visible status line: online or not, what waits, when the town hall last answered. */
@Component
class KitStatus {

  private final KitEnrollment enrollment;
  private final BundleTransport transport;
  private final Outbox outbox;

  KitStatus(KitEnrollment enrollment, BundleTransport transport, Outbox outbox) {
    this.enrollment = enrollment;
    this.transport = transport;
    this.outbox = outbox;
  }

  /**
   * @param enrolled whether the kit holds a certificate from the hub
   * @param online whether the broker is connected
   * @param pendingCases cases not yet confirmed by the town hall
   * @param lastConfirmedAt when the town hall last confirmed a case, or null
   */
  record View(boolean enrolled, boolean online, int pendingCases, Instant lastConfirmedAt) {}

  View now() {
    return new View(
        enrollment.identity().isPresent(),
        transport.connected(),
        outbox.pendingCount(),
        outbox.lastAcknowledgedAt().orElse(null));
  }
}
