package de.buergerkoffer.hub.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's shared infrastructure: the one clock, the SQLite database. (The form catalog comes from
 * {@code hub.catalog}.)
 */
@Configuration
class HubConfig {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * SQLite in WAL mode with full sync, so a committed case survives a power cut. Writers queue on
   * the busy timeout instead of failing.
   */
  @Bean
  DataSource dataSource(HubProperties properties) {
    try {
      Files.createDirectories(properties.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data folder " + properties.dataDir(), e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        "jdbc:sqlite:"
            + properties.dataDir().resolve("hub.db").toAbsolutePath()
            + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000");
    config.setMaximumPoolSize(4);
    config.setPoolName("hub-sqlite");
    return new HikariDataSource(config);
  }
}
