package de.buergerkoffer.hub.visits;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class VisitConfig {

  static final ZoneId TOWN_HALL_ZONE = ZoneId.of("Europe/Berlin");

  @Bean
  VisitPlanning visitPlanning(
      VisitStore store,
      FormCatalog catalog,
      KitRegistry kits,
      VisitPublisher publisher,
      AuditLog audit,
      Clock clock,
      VisitProperties properties) {
    return new VisitPlanning(
        store, catalog, kits, publisher, audit, clock, TOWN_HALL_ZONE, properties.retention());
  }
}
