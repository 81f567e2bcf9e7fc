package de.buergerkoffer.kit.capture;

import de.buergerkoffer.forms.FormCatalog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CaptureConfig {

  @Bean
  CaptureService captureService(FormCatalog catalog, CaseStore store, Clock clock) {
    return new CaptureService(catalog, store, clock);
  }
}
