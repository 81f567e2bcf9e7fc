package de.buergerkoffer.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hub reaches the MQTT broker ({@code bk.mqtt.*}).
 *
 * @param url an external broker such as {@code tcp://broker:1883}; empty starts the embedded HiveMQ
 *     CE broker instead
 * @param embeddedPort port of the embedded broker
 * @param embeddedBindAddress address the embedded broker listens on
 * @param clientId the hub's MQTT client id; one hub, one persistent session
 */
@ConfigurationProperties("bk.mqtt")
public record BrokerSettings(
    String url, int embeddedPort, String embeddedBindAddress, String clientId) {

  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
