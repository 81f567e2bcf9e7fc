package de.buergerkoffer.kit.capture;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.outbox.Outbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CaptureConfig {

  @Bean
  CaptureService captureService(
      FormCatalog catalog,
      CaseStore store,
      Outbox outbox,
      KitProperties properties,
      Clock clock,
      AuditLog audit,
      DocumentRenderer documents) {
    FreezeLimits limits =
        new FreezeLimits(
            properties.freeze().maxWithoutSync(),
            properties.freeze().maxUnsentCases(),
            properties.freeze().minFreeDiskBytes());
    FreezeCheck freeze =
        new FreezeCheck(
            limits, outbox, () -> properties.dataDir().toFile().getUsableSpace(), clock);
    return new CaptureService(
        catalog,
        store,
        new AttachmentLimits(properties.maxAttachmentBytes(), properties.maxCaseBytes()),
        freeze,
        clock,
        audit,
        documents);
  }
}
