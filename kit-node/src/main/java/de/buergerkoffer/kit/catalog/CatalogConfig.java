package de.buergerkoffer.kit.catalog;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import de.buergerkoffer.kit.sync.DownlinkListener;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kit's form catalog: the built-in one until the hub publishes a newer signed release on the
 * kit's catalog topic. Everything that injects {@link FormCatalog} sees the release in force.
 */
@Configuration
class CatalogConfig {

  @Bean
  KitCatalog kitCatalog(StoredCatalog store, KitEnrollment enrollment, Clock clock) {
    return new KitCatalog(
        FormCatalog.builtIn(), store, () -> enrollment.identity().map(KitIdentity::ca), clock);
  }

  @Bean
  FormCatalog formCatalog(KitCatalog catalog) {
    return FormCatalog.live(catalog::current);
  }

  @Bean
  DownlinkListener catalogListener(KitCatalog catalog) {
    return new DownlinkListener(Topics::catalog, catalog::accept);
  }
}
