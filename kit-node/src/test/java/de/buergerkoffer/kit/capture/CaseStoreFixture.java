package de.buergerkoffer.kit.capture;

import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.protection.TestDataProtection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real SQLite case store, for tests that build the kit's pieces without Spring. */
public final class CaseStoreFixture {

  private CaseStoreFixture() {}

  public static CaseStore jdbc(DataSource db, String casePrefix) {
    KitProperties properties =
        new KitProperties(
            "kit-07",
            casePrefix,
            null,
            null,
            null,
            null,
            null,
            4,
            Duration.ofSeconds(20),
            262_144,
            25_000_000L,
            50_000_000L,
            new KitProperties.Freeze(Duration.ofDays(7), 200, 500_000_000L),
            "test-data-passphrase",
            new KitProperties.Argon2(64, 1, 1),
            Duration.ofDays(7),
            Duration.ofMinutes(15));
    return new JdbcCaseStore(new JdbcTemplate(db), properties, TestDataProtection.fixed());
  }
}
