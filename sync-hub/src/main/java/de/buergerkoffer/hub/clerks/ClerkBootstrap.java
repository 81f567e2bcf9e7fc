package de.buergerkoffer.hub.clerks;

import de.buergerkoffer.hub.config.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates the clerk of {@code bk.hub.bootstrap-clerk} at start-up, for the demo and tests. */
@Component
class ClerkBootstrap {

  private static final Logger log = LoggerFactory.getLogger(ClerkBootstrap.class);

  private final ClerkAdmin admin;
  private final HubProperties properties;

  ClerkBootstrap(ClerkAdmin admin, HubProperties properties) {
    this.admin = admin;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createBootstrapClerk() {
    if (admin.bootstrap(properties.bootstrapClerk())) {
      log.info("Bootstrap clerk created: {}", properties.bootstrapClerk().split(":", 2)[0]);
    }
  }
}
