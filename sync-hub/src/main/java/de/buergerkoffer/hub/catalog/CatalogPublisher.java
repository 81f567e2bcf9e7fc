package de.buergerkoffer.hub.catalog;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.hub.broker.BrokerConnected;
import de.buergerkoffer.hub.broker.Downlink;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.enrollment.KitEnrolled;
import de.buergerkoffer.hub.kits.KitRecord;
import de.buergerkoffer.hub.kits.KitRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the catalog in force, signed with the hub's signing key, retained on every enrolled
 * kit's catalog topic: after each (re)connect to the broker, after a kit enrolled, and after the
 * catalog was reloaded. The catalog names no resident, so it is signed but not encrypted.
 */
@Component
public class CatalogPublisher {

  private static final Logger log = LoggerFactory.getLogger(CatalogPublisher.class);

  private final HubCatalog catalog;
  private final KitRegistry kits;
  private final Downlink downlink;
  private final HubKeys keys;

  CatalogPublisher(HubCatalog catalog, KitRegistry kits, Downlink downlink, HubKeys keys) {
    this.catalog = catalog;
    this.kits = kits;
    this.downlink = downlink;
    this.keys = keys;
  }

  /** Publishing is idempotent: the retained message is replaced by the same release. */
  @EventListener(BrokerConnected.class)
  public void brokerConnected(BrokerConnected event) {
    publishToAll();
  }

  /** A new kit gets the catalog at once. */
  @EventListener(KitEnrolled.class)
  public void kitEnrolled(KitEnrolled event) {
    publish(event.kitId(), signed());
  }

  /**
   * Sends the catalog in force to every kit in service.
   *
   * @return how many kits it reached the broker for (0 while the broker is away: it is sent on
   *     reconnect)
   */
  public int publishToAll() {
    byte[] signed = signed();
    int sent = 0;
    for (KitRecord kit : kits.all()) {
      if (!kit.revoked() && publish(kit.kitId(), signed)) {
        sent++;
      }
    }
    return sent;
  }

  private byte[] signed() {
    return HubSigned.sign(catalog.release(), keys.signing());
  }

  private boolean publish(String kitId, byte[] signed) {
    boolean sent = downlink.publishRetained(Topics.catalog(kitId), signed);
    if (sent) {
      log.info("Form catalog {} published to {}", catalog.release().version(), kitId);
    } else {
      log.info("Form catalog for {} waits for the broker", kitId);
    }
    return sent;
  }
}
