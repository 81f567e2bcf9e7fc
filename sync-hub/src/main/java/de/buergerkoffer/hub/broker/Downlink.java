package de.buergerkoffer.hub.broker;

/** The hub's way to send something down to kits through the broker. */
public interface Downlink {

  /**
   * Publishes at QoS 1, retained, so a kit that is offline receives it when it next connects.
   *
   * @return false when the broker is not connected now; the caller publishes again on {@link
   *     BrokerConnected}
   */
  boolean publishRetained(String topic, byte[] payload);
}
