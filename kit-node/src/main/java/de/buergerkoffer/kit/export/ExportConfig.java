package de.buergerkoffer.kit.export;

import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.sync.SyncAgent;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ExportConfig {

  @Bean
  UsbExport usbExport(
      KitProperties properties, Outbox outbox, SyncAgent agent, Clock clock, AuditLog audit) {
    return new UsbExport(properties.id(), outbox, agent, clock, audit);
  }
}
