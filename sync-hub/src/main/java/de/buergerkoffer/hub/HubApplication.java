package de.buergerkoffer.hub;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The town-hall hub (Rathaus-Server): receives sealed bundles from the kits over MQTT, stores each
 * case exactly once, quarantines what it cannot accept, answers every bundle with a signed
 * acknowledgement, and shows the cases to town-hall staff.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HubApplication {

  /**
   * Its configuration lives in {@code hub.properties}, so hub and kit can share one JVM in tests.
   */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(HubApplication.class).properties("spring.config.name=hub");
  }

  public static ConfigurableApplicationContext start(String... args) {
    return builder().run(args);
  }

  public static void main(String[] args) {
    start(args);
  }
}
