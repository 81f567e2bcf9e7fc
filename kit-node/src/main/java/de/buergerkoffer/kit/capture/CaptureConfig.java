package de.buergerkoffer.kit.capture;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.kit.config.KitProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CaptureConfig {

  @Bean
  CaptureService captureService(
      FormCatalog catalog, CaseStore store, KitProperties properties, Clock clock) {
    return new CaptureService(
        catalog,
        store,
        new AttachmentLimits(properties.maxAttachmentBytes(), properties.maxCaseBytes()),
        clock);
  }
}
