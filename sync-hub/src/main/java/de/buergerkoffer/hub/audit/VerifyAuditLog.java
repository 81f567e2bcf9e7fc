package de.buergerkoffer.hub.audit;

import de.buergerkoffer.bundle.audit.AuditVerification;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Checks the hub's audit log straight from its SQLite file, read-only, without starting the hub (it
 * may be running). Prints OK with the number of entries and the head hash, or the first broken
 * entry.
 *
 * <pre>
 * java -cp sync-hub/target/sync-hub-*-exec.jar \
 *   -Dloader.main=de.buergerkoffer.hub.audit.VerifyAuditLog \
 *   org.springframework.boot.loader.launch.PropertiesLauncher &lt;data-dir or hub.db&gt;
 * </pre>
 *
 * Exit code 0: intact; 1: broken; 2: no database, no audit log, or not readable.
 */
public final class VerifyAuditLog {

  static final String DATABASE = "hub.db";

  private VerifyAuditLog() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The command without {@code System.exit}: returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println("usage: VerifyAuditLog <data-dir or " + DATABASE + ">");
      return 2;
    }
    Path given = Path.of(args[0]);
    Path db = Files.isDirectory(given) ? given.resolve(DATABASE) : given;
    if (!Files.isRegularFile(db)) {
      err.println("Keine Datenbank / no database: " + db);
      return 2;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(10_000);
    AuditVerification result;
    try (Connection c = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
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
}
