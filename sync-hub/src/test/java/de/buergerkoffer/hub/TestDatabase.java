package de.buergerkoffer.hub;

import de.buergerkoffer.hub.config.DatabaseProperties.Vendor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database a hub test runs on. By default SQLite in the test's data folder, as the demo runs;
 * with {@code -Dbk.test.database=postgresql} (Maven profile {@code postgres}, run by {@code
 * .ci/run}) a database on the tests' own PostgreSQL server ({@link TestPostgres}). So the same
 * tests check the hub on both.
 */
public sealed interface TestDatabase {

  /**
   * The system property that picks the database of a test run: {@code sqlite} or {@code
   * postgresql}.
   */
  String PROPERTY = "bk.test.database";

  /**
   * The database of this test run for a hub with the given data folder: the same one every time the
   * folder is used, so a hub restarted on it finds its data.
   */
  static TestDatabase of(Path dataDir) {
    return switch (configured()) {
      case SQLITE -> new Sqlite(dataDir);
      case POSTGRESQL -> Postgres.BY_DATA_DIR.computeIfAbsent(dataDir, d -> postgres());
    };
  }

  /** A new, empty database on the tests' PostgreSQL server, whatever this run's default is. */
  static Postgres postgres() {
    return new Postgres(TestPostgres.server().createDatabase());
  }

  /** The database the system property asks for; SQLite when it is not set. */
  static Vendor configured() {
    String name = System.getProperty(PROPERTY, "sqlite").strip().toUpperCase(Locale.ROOT);
    try {
      return Vendor.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("-D" + PROPERTY + " must be sqlite or postgresql", e);
    }
  }

  Vendor vendor();

  /** What a hub needs to use this database ({@code bk.hub.database.*}). */
  Map<String, Object> hubProperties();

  /** A plain data source on it, for adapter tests without Spring. */
  DataSource dataSource();

  /** How the audit command ({@code VerifyAuditLog}) is told where it is. */
  String location();

  /** The environment the audit command needs to log in. */
  Map<String, String> loginEnvironment();

  /** The data source after the hub's migrations for this database ran on it. */
  default DataSource migrated() {
    DataSource db = dataSource();
    Flyway.configure().dataSource(db).locations(vendor().migrations()).load().migrate();
    return db;
  }

  /** SQLite: the file {@code hub.db} in the data folder, opened as the hub opens it. */
  record Sqlite(Path dataDir) implements TestDatabase {
    @Override
    public Vendor vendor() {
      return Vendor.SQLITE;
    }

    @Override
    public Map<String, Object> hubProperties() {
      return Map.of();
    }

    @Override
    public DataSource dataSource() {
      return new DriverManagerDataSource(
          "jdbc:sqlite:"
              + dataDir.resolve("hub.db")
              + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000");
    }

    @Override
    public String location() {
      return dataDir.toString();
    }

    @Override
    public Map<String, String> loginEnvironment() {
      return Map.of();
    }
  }

  /** A database of its own on the tests' PostgreSQL server. */
  record Postgres(String url) implements TestDatabase {
    private static final Map<Path, Postgres> BY_DATA_DIR = new ConcurrentHashMap<>();

    @Override
    public Vendor vendor() {
      return Vendor.POSTGRESQL;
    }

    @Override
    public Map<String, Object> hubProperties() {
      return Map.of(
          "bk.hub.database.url", url,
          "bk.hub.database.username", TestPostgres.USER,
          "bk.hub.database.password", TestPostgres.PASSWORD);
    }

    @Override
    public DataSource dataSource() {
      return new DriverManagerDataSource(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @Override
    public String location() {
      return url;
    }

    @Override
    public Map<String, String> loginEnvironment() {
      return Map.of(
          "BK_HUB_DATABASE_USER", TestPostgres.USER,
          "BK_HUB_DATABASE_PASSWORD", TestPostgres.PASSWORD);
    }
  }
}
