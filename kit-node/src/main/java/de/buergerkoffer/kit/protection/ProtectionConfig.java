package de.buergerkoffer.kit.protection;

import de.buergerkoffer.bundle.crypto.Argon2Settings;
import de.buergerkoffer.kit.config.KitProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unlocks the data key when the kit starts (the database is migrated by then: the JdbcTemplate
 * waits for Flyway) and runs the retention job at start-up and every hour.
 */
@Configuration
class ProtectionConfig {

  static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  @Bean
  DataProtection dataProtection(
      KitProperties properties,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock) {
    return new DataKeyUnlock(
            properties.dataDir(),
            properties.dataPassphrase(),
            argon2(properties.argon2()),
            jdbc,
            new TransactionTemplate(transactions),
            clock)
        .unlock();
  }

  @Bean
  RetentionStore retentionStore(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, DataProtection protection) {
    return new JdbcRetentionStore(jdbc, new TransactionTemplate(transactions), protection);
  }

  @Bean
  Retention retention(RetentionStore store, KitProperties properties, Clock clock) {
    Duration retention =
        properties.retention() == null ? DEFAULT_RETENTION : properties.retention();
    return new Retention(store, retention, clock);
  }

  @Bean
  RetentionSchedule retentionSchedule(Retention retention) {
    return new RetentionSchedule(retention);
  }

  static Argon2Settings argon2(KitProperties.Argon2 configured) {
    return configured == null
        ? Argon2Settings.KIT_DEFAULT
        : new Argon2Settings(
            configured.memoryKib(), configured.iterations(), configured.parallelism());
  }

  /** Purges due cases at start-up and then every hour. */
  static class RetentionSchedule {

    private final Retention retention;

    RetentionSchedule(Retention retention) {
      this.retention = retention;
    }

    @Scheduled(initialDelay = 0, fixedDelay = 3_600_000)
    void purge() {
      retention.purgeDue();
    }
  }
}
