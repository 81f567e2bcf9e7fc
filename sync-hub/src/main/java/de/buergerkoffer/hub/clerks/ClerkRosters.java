package de.buergerkoffer.hub.clerks;

import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.broker.BrokerConnected;
import de.buergerkoffer.hub.broker.Downlink;
import de.buergerkoffer.hub.enrollment.ClerkRosterSource;
import de.buergerkoffer.hub.enrollment.EnrollmentService;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.enrollment.KitEnrolled;
import de.buergerkoffer.hub.kits.KitRecord;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends each kit the clerks who may log into it: a {@link ClerkRoster} sealed to the kit's
 * certificate (it carries names and PIN hashes) and retained on {@link Topics#clerks(String)}, so a
 * kit that is offline gets the newest roster when it next connects. The version is the hub's clock
 * in milliseconds, raised where needed so it only goes up per kit. Published after every change,
 * for every enrolled kit on each broker connection, and for a kit when it enrolls or renews its
 * certificate; revoked kits get nothing.
 */
@Component
class ClerkRosters implements ClerkRosterSource {

  private static final Logger log = LoggerFactory.getLogger(ClerkRosters.class);

  private final ClerkStore store;
  private final KitRegistry kits;
  private final EnrollmentService enrollment;
  private final HubKeys keys;
  private final Downlink downlink;
  private final Clock clock;

  /** The roster last sealed per kit, sent again as it is when the broker connection comes back. */
  private final Map<String, byte[]> lastSealed = new ConcurrentHashMap<>();

  ClerkRosters(
      ClerkStore store,
      KitRegistry kits,
      EnrollmentService enrollment,
      HubKeys keys,
      Downlink downlink,
      Clock clock) {
    this.store = store;
    this.kits = kits;
    this.enrollment = enrollment;
    this.keys = keys;
    this.downlink = downlink;
    this.clock = clock;
  }

  /** The roster of one kit as of now, with a new version. */
  ClerkRoster rosterFor(String kitId) {
    Instant now = clock.instant();
    List<ClerkRoster.Clerk> clerks =
        store.all().stream()
            .filter(c -> c.mayUse(kitId))
            .map(c -> new ClerkRoster.Clerk(c.username(), c.displayName(), c.pinHash(), c.active()))
            .toList();
    return new ClerkRoster(kitId, store.nextRosterVersion(kitId, now.toEpochMilli()), now, clerks);
  }

  @Override
  public Optional<byte[]> sealedRoster(String kitId, X509Certificate kitCertificate) {
    return Optional.of(HubSigned.sealFor(rosterFor(kitId), keys.signing(), kitCertificate));
  }

  /** Publishes a new roster to each of these kits that is enrolled and not revoked. */
  void publish(Collection<String> kitIds) {
    kitIds.stream().distinct().forEach(this::publish);
  }

  /**
   * On every (re)connection each kit's roster is published again: the one sealed last, unchanged
   * (the kit ignores it if it has it), or a new one after a hub restart.
   */
  @EventListener(BrokerConnected.class)
  public void brokerConnected(BrokerConnected event) {
    for (KitRecord kit : kits.all()) {
      byte[] sealed = lastSealed.get(kit.kitId());
      if (kit.revoked()) {
        continue;
      }
      if (sealed == null) {
        publish(kit.kitId());
      } else if (!downlink.publishRetained(Topics.clerks(kit.kitId()), sealed)) {
        log.info("Clerk roster for {} waits for the broker", kit.kitId());
      }
    }
  }

  /** A new or renewed kit gets its roster sealed to its new certificate. */
  @EventListener(KitEnrolled.class)
  public void kitEnrolled(KitEnrolled event) {
    publish(event.kitId());
  }

  private void publish(String kitId) {
    if (kits.isRevoked(kitId)) {
      return;
    }
    Optional<String> pem = enrollment.kitCertificate(kitId);
    if (pem.isEmpty()) {
      return;
    }
    byte[] sealed = sealedRoster(kitId, Pki.certificateFromPem(pem.get())).orElseThrow();
    lastSealed.put(kitId, sealed);
    if (!downlink.publishRetained(Topics.clerks(kitId), sealed)) {
      log.info("Clerk roster for {} waits for the broker", kitId);
    }
  }
}
