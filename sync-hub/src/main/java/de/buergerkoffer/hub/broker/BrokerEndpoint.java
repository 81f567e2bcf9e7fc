package de.buergerkoffer.hub.broker;

/**
 * Where the hub's MQTT client connects, and the embedded broker behind it if the hub started one.
 *
 * @param url the broker URL
 * @param embedded the embedded broker, or null for an external one
 */
public record BrokerEndpoint(String url, EmbeddedBroker embedded) implements AutoCloseable {

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
