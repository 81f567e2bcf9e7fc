package de.buergerkoffer.kit.downlink;

import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The opener for sealed hub messages, bound to this kit's id and identity. */
@Configuration
class DownlinkConfig {

  @Bean
  SealedDownlink sealedDownlink(KitProperties properties, KitEnrollment enrollment, Clock clock) {
    return new SealedDownlink(properties.id(), enrollment::identity, clock);
  }
}
