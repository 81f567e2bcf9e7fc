package de.buergerkoffer.kit.web;

import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.FreezeState;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.sync.BundleTransport;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The always-visible status line: online or not, what waits, when the town hall last answered. */
@Component
class KitStatus {

  private final KitEnrollment enrollment;
  private final BundleTransport transport;
  private final Outbox outbox;
  private final CaptureService capture;

  KitStatus(
      KitEnrollment enrollment, BundleTransport transport, Outbox outbox, CaptureService capture) {
    this.enrollment = enrollment;
    this.transport = transport;
    this.outbox = outbox;
    this.capture = capture;
  }

  /**
   * @param enrolled whether the kit holds a certificate from the hub
   * @param online whether the broker is connected
   * @param pendingCases cases not yet confirmed by the town hall
   * @param lastConfirmedAt when the town hall last confirmed a case, or null
   * @param capture OK, WARNING or FROZEN: whether new cases are taken
   * @param captureNotes the reasons for a warning or freeze, in German
   * @param wiped true after the town hall revoked the kit and it erased its data
   * @param certificateSerial serial number (hex) of the kit certificate, or null if not enrolled
   * @param certificateValidUntil end of the kit certificate's validity, or null if not enrolled
   */
  record View(
      boolean wiped,
      boolean enrolled,
      boolean online,
      int pendingCases,
      Instant lastConfirmedAt,
      String capture,
      List<String> captureNotes,
      String certificateSerial,
      Instant certificateValidUntil) {

    /** True when no new cases are taken. */
    public boolean frozen() {
      return "FROZEN".equals(capture);
    }
  }

  View now() {
    FreezeState freeze = capture.freezeState();
    String state =
        freeze instanceof FreezeState.Frozen
            ? "FROZEN"
            : freeze instanceof FreezeState.Warning ? "WARNING" : "OK";
    Optional<X509Certificate> certificate = enrollment.identity().map(id -> id.kit().certificate());
    return new View(
        enrollment.wiped(),
        certificate.isPresent(),
        transport.connected(),
        outbox.pendingCount(),
        outbox.lastAcknowledgedAt().orElse(null),
        state,
        freeze.reasonsDe(),
        certificate.map(c -> c.getSerialNumber().toString(16)).orElse(null),
        certificate.map(c -> c.getNotAfter().toInstant()).orElse(null));
  }
}
