package de.buergerkoffer.hub.broker;

import de.buergerkoffer.hub.config.BrokerSettings;
import de.buergerkoffer.hub.config.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Decides which broker the hub talks to: the configured one, or an embedded one it starts. */
@Configuration
class BrokerConfig {

  private static final Logger log = LoggerFactory.getLogger(BrokerConfig.class);

  @Bean(destroyMethod = "close")
  BrokerEndpoint brokerEndpoint(BrokerSettings mqtt, HubProperties hub) {
    if (!mqtt.embedded()) {
      log.info("Using external MQTT broker {}", mqtt.url());
      return new BrokerEndpoint(mqtt.url(), null);
    }
    EmbeddedBroker broker =
        EmbeddedBroker.start(
            hub.dataDir().resolve("broker"), mqtt.embeddedBindAddress(), mqtt.embeddedPort());
    log.info("Embedded MQTT broker (HiveMQ CE, local trials only) listening on {}", broker.url());
    return new BrokerEndpoint(broker.url(), broker);
  }
}
