package de.buergerkoffer.hub.kits;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.KitCommand;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.broker.BrokerConnected;
import de.buergerkoffer.hub.broker.Downlink;
import de.buergerkoffer.hub.config.BrokerAccessProperties;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.enrollment.KitEnrolled;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The admin's handle on the kits: list them, revoke a lost or stolen one. Revocation takes effect
 * three ways: the hub quarantines the kit's bundles as {@code REVOKED_SIGNER}, the broker ACL is
 * regenerated so the kit can no longer publish, and a signed wipe order waits retained on the kit's
 * command topic for the moment it comes online.
 */
@Service
public class KitAdmin {

  private static final Logger log = LoggerFactory.getLogger(KitAdmin.class);

  private final KitRegistry registry;
  private final BrokerAccess brokerAccess;
  private final Downlink downlink;
  private final HubKeys keys;
  private final Clock clock;
  private final AuditLog audit;

  KitAdmin(
      KitRegistry registry,
      BrokerAccessProperties brokerProperties,
      Downlink downlink,
      HubKeys keys,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.registry = registry;
    this.brokerAccess = new BrokerAccess(brokerProperties);
    this.downlink = downlink;
    this.keys = keys;
    this.clock = clock;
  }

  public List<KitRecord> kits() {
    return registry.all();
  }

  /**
   * Revokes a kit.
   *
   * @return false when no such kit is enrolled
   */
  public boolean revoke(String kitId, String reason) {
    return revoke(kitId, reason, "admin");
  }

  /**
   * Revokes a kit on behalf of a named member of staff (recorded in the audit log).
   *
   * @return false when no such kit is enrolled
   */
  public boolean revoke(String kitId, String reason, String actor) {
    Instant now = clock.instant();
    if (!registry.revoke(kitId, reason, now)) {
      return false;
    }
    log.warn("Kit {} revoked: {}", kitId, reason);
    audit.record(actor, AuditAction.REVOKE, kitId, "reason=" + reason);
    brokerAccess.updateAcl(registry.all());
    publishWipe(registry.find(kitId).orElseThrow());
    return true;
  }

  /** On start: the broker's TLS files and ACL match the registry. */
  @EventListener(ApplicationReadyEvent.class)
  public void prepareBroker() {
    brokerAccess.writeTlsFiles(keys.ca(), clock);
    brokerAccess.updateAcl(registry.all());
  }

  /** A new kit may use the broker at once. */
  @EventListener(KitEnrolled.class)
  public void kitEnrolled(KitEnrolled event) {
    brokerAccess.updateAcl(registry.all());
  }

  /** Wipe orders are published again on every connection: publishing is idempotent. */
  @EventListener(BrokerConnected.class)
  public void brokerConnected(BrokerConnected event) {
    registry.all().stream().filter(KitRecord::revoked).forEach(this::publishWipe);
  }

  private void publishWipe(KitRecord kit) {
    KitCommand wipe =
        new KitCommand(
            kit.kitId(),
            KitCommand.Type.WIPE,
            kit.revokeReason() == null ? "revoked" : kit.revokeReason(),
            kit.revokedAt());
    if (!downlink.publishRetained(
        Topics.commands(kit.kitId()), HubSigned.sign(wipe, keys.signing()))) {
      log.info("Wipe order for {} waits for the broker", kit.kitId());
    }
  }
}
