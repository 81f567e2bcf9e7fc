package de.buergerkoffer.hub.audit;

import de.buergerkoffer.bundle.audit.AuditVerification;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * Checks the hub's audit log straight from its database, read-only, without starting the hub (it
 * may be running): its SQLite file, or its PostgreSQL database given as a {@code jdbc:postgresql:}
 * URL (user and password from {@code BK_HUB_DATABASE_USER} and {@code BK_HUB_DATABASE_PASSWORD}
 * unless the URL names them). Prints OK with the number of entries and the head hash, or the first
 * broken entry.
 *
 * <pre>
 * java -cp sync-hub/target/sync-hub-*-exec.jar \
 *   -Dloader.main=de.buergerkoffer.hub.audit.VerifyAuditLog \
 *   org.springframework.boot.loader.launch.PropertiesLauncher &lt;data-dir, hub.db or JDBC URL&gt;
 * </pre>
 *
 * Exit code 0: intact; 1: broken; 2: no database, no audit log, or not readable.
 */
public final class VerifyAuditLog {

  static final String DATABASE = "hub.db";

  private static final String POSTGRESQL = "jdbc:postgresql:";

  private VerifyAuditLog() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The command without {@code System.exit}: returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.getenv(), out, err);
  }

  /** The command with the given environment. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println("usage: VerifyAuditLog <data-dir, " + DATABASE + " or jdbc:postgresql: URL>");
      return 2;
    }
    String given = args[0];
    boolean postgres = given.startsWith(POSTGRESQL);
    String db =
        postgres ? given.replaceAll("password=[^&]*", "password=…") : sqliteFile(given).toString();
    if (!postgres && !Files.isRegularFile(sqliteFile(given))) {
      err.println("Keine Datenbank / no database: " + db);
      return 2;
    }
    AuditVerification result;
    try (Connection c = postgres ? postgres(given, env) : sqlite(sqliteFile(given))) {
      c.setTransactionIsolation(AuditTable.SNAPSHOT);
      c.setAutoCommit(false);
      result = AuditTable.verify(c);
      c.rollback();
    } catch (SQLException | IllegalStateException e) {
      err.println("Protokoll nicht lesbar / audit log not readable: " + db + ": " + e.getMessage());
      return 2;
    }
    if (result.ok()) {
      out.println(
          "OK: Protokoll in Ordnung / audit log intact: "
              + result.entries()
              + " entries, head "
              + result.headHash()
              + " ("
              + db
              + ")");
      return 0;
    }
    AuditVerification.Break at = result.firstBroken().orElseThrow();
    out.println(
        "BROKEN: Protokoll verletzt / audit log broken at seq "
            + at.seq()
            + " ("
            + at.problem()
            + "): "
            + at.reason());
    out.println(result.entries() + " entries read (" + db + ")");
    return 1;
  }

  private static Connection postgres(String url, Map<String, String> env) throws SQLException {
    Properties login = new Properties();
    putIfSet(login, "user", env.get("BK_HUB_DATABASE_USER"));
    putIfSet(login, "password", env.get("BK_HUB_DATABASE_PASSWORD"));
    Connection c = DriverManager.getConnection(url, login);
    c.setReadOnly(true);
    return c;
  }

  private static Connection sqlite(Path db) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(10_000);
    return config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
  }

  private static Path sqliteFile(String given) {
    Path path = Path.of(given);
    return Files.isDirectory(path) ? path.resolve(DATABASE) : path;
  }

  private static void putIfSet(Properties properties, String key, String value) {
    if (value != null && !value.isEmpty()) {
      properties.setProperty(key, value);
    }
  }
}
