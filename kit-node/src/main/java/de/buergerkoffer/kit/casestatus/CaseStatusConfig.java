package de.buergerkoffer.kit.casestatus;

import de.buergerkoffer.kit.downlink.DownlinkStore;
import de.buergerkoffer.kit.downlink.SealedDownlink;
import de.buergerkoffer.kit.sync.DownlinkListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Subscribes the kit to the town hall's case states. */
@Configuration
class CaseStatusConfig {

  @Bean
  TownHallStatus townHallStatus(SealedDownlink downlink, DownlinkStore store) {
    return new TownHallStatus(downlink, store);
  }

  @Bean
  DownlinkListener caseStatusListener(TownHallStatus status) {
    return status.listener();
  }
}
