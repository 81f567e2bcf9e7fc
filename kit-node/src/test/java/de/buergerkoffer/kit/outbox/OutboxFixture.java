package de.buergerkoffer.kit.outbox;

import de.buergerkoffer.kit.protection.TestDataProtection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real SQLite outbox, for tests that build the kit's pieces without Spring. */
public final class OutboxFixture {

  private OutboxFixture() {}

  public static Outbox jdbc(DataSource db) {
    return new JdbcOutbox(new JdbcTemplate(db), TestDataProtection.fixed());
  }
}
