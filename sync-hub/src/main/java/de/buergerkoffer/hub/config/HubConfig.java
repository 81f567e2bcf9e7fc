package de.buergerkoffer.hub.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's shared infrastructure: the one clock, the database (SQLite by default, PostgreSQL when
 * {@code bk.hub.database.url} names one) and which migrations it gets. (The form catalog comes from
 * {@code hub.catalog}.)
 */
@Configuration
class HubConfig {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * SQLite: WAL mode with full sync, so a committed case survives a power cut; writers queue on the
   * busy timeout instead of failing. PostgreSQL: the given database, durable with its default
   * settings ({@code fsync}, {@code synchronous_commit} on).
   */
  @Bean
  DataSource dataSource(HubProperties properties, DatabaseProperties database) {
    HikariConfig config = new HikariConfig();
    switch (database.vendor()) {
      case SQLITE -> {
        try {
          Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot create data folder " + properties.dataDir(), e);
        }
        config.setJdbcUrl(
            "jdbc:sqlite:"
                + properties.dataDir().resolve("hub.db").toAbsolutePath()
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000");
        config.setMaximumPoolSize(4);
        config.setPoolName("hub-sqlite");
      }
      case POSTGRESQL -> {
        config.setJdbcUrl(database.url());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("hub-postgresql");
      }
    }
    return new HikariDataSource(config);
  }

  /** Each database its own migrations: same versions and tables, SQL of its own dialect. */
  @Bean
  FlywayConfigurationCustomizer migrationsOfTheDatabase(DatabaseProperties database) {
    return flyway -> flyway.locations(database.vendor().migrations());
  }
}
