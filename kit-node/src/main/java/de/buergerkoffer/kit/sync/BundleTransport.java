package de.buergerkoffer.kit.sync;

import java.util.UUID;

/** The way sealed bundles leave the kit; MQTT today, a USB folder later. */
public interface BundleTransport {

  /** True while bundles can be handed over. */
  boolean connected();

  /**
   * Hands a bundle over for delivery (MQTT: QoS 1 publish). Returns false when the transport is not
   * connected; the bundle then stays due in the outbox.
   */
  boolean send(String kitId, UUID bundleId, byte[] sealed);
}
