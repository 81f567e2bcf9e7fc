package de.buergerkoffer.hub.catalog;

import de.buergerkoffer.forms.FormCatalog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hub's form catalog: everything that injects {@link FormCatalog} sees the one in force. */
@Configuration
class CatalogConfig {

  @Bean
  HubCatalog hubCatalog(CatalogProperties properties, Clock clock) {
    return new HubCatalog(FormCatalog.builtIn(), properties.folder(), clock);
  }

  @Bean
  FormCatalog formCatalog(HubCatalog catalog) {
    return FormCatalog.live(catalog::current);
  }
}
