package de.buergerkoffer.hub.enrollment;

import de.buergerkoffer.hub.config.HubProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EnrollmentConfig {

  @Bean
  HubKeys hubKeys(HubProperties properties, Clock clock) {
    return HubKeyStore.loadOrCreate(
        properties.dataDir().resolve("keys"), properties.keystorePassphrase().toCharArray(), clock);
  }
}
