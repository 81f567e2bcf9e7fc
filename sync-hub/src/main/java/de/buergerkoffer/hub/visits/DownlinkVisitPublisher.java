package de.buergerkoffer.hub.visits;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.broker.Downlink;
import de.buergerkoffer.hub.enrollment.EnrollmentService;
import de.buergerkoffer.hub.enrollment.HubKeys;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes a visit plan signed by the hub and encrypted to the kit's current certificate, retained
 * on the kit's visit-plan topic, so the broker learns nothing and an offline kit gets it later.
 */
@Component
class DownlinkVisitPublisher implements VisitPublisher {

  private static final Logger log = LoggerFactory.getLogger(DownlinkVisitPublisher.class);

  private final Downlink downlink;
  private final HubKeys keys;
  private final EnrollmentService enrollment;

  DownlinkVisitPublisher(Downlink downlink, HubKeys keys, EnrollmentService enrollment) {
    this.downlink = downlink;
    this.keys = keys;
    this.enrollment = enrollment;
  }

  @Override
  public boolean publish(VisitPlan plan) {
    Optional<String> pem = enrollment.kitCertificate(plan.kitId());
    if (pem.isEmpty()) {
      log.warn("No certificate for kit {}; visit plan not published", plan.kitId());
      return false;
    }
    X509Certificate kit = Pki.certificateFromPem(pem.get());
    byte[] sealed = HubSigned.sealFor(plan, keys.signing(), kit);
    boolean sent = downlink.publishRetained(Topics.visitPlan(plan.kitId()), sealed);
    if (!sent) {
      log.info("Visit plan {} for {} waits for the broker", plan.version(), plan.kitId());
    }
    return sent;
  }
}
