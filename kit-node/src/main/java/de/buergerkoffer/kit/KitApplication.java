package de.buergerkoffer.kit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The field kit (Bürgerkoffer): the clerk's local web UI, the case store and outbox in SQLite, and
 * the sync agent that sends sealed bundles to the town hall whenever a broker is in reach. Works
 * without any network from capture to case number.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KitApplication {

  /**
   * Its configuration lives in {@code kit.properties}, so hub and kit can share one JVM in tests.
   */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(KitApplication.class).properties("spring.config.name=kit");
  }

  public static ConfigurableApplicationContext start(String... args) {
    return builder().run(args);
  }

  public static void main(String[] args) {
    start(args);
  }
}
