package de.buergerkoffer.kit.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kit's shared infrastructure: the one clock, the SQLite database. (The form catalog comes from
 * {@code kit.catalog}.)
 */
@Configuration
class KitConfig {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Documents arrive base64-encoded in JSON; allow strings up to the case size limit (Jackson's
   * default stops at 20 million characters).
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer largeDocuments(KitProperties properties) {
    int maxChars = (int) Math.min(Integer.MAX_VALUE, properties.maxCaseBytes() * 4 / 3 + 1_000);
    return builder ->
        builder.postConfigurer(
            mapper ->
                mapper
                    .getFactory()
                    .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxStringLength(maxChars).build()));
  }

  /**
   * SQLite in WAL mode with {@code synchronous=FULL}: once the clerk sees a case number, the case
   * and its outbox entry are on disk and survive a power cut. {@code secure_delete} overwrites
   * deleted content with zeros, so purged or re-encrypted data does not linger in free pages.
   */
  @Bean
  DataSource dataSource(KitProperties properties) {
    try {
      Files.createDirectories(properties.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data folder " + properties.dataDir(), e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        "jdbc:sqlite:"
            + properties.dataDir().resolve("kit.db").toAbsolutePath()
            + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000"
            + "&secure_delete=true");
    config.setMaximumPoolSize(4);
    config.setPoolName("kit-sqlite");
    return new HikariDataSource(config);
  }
}
