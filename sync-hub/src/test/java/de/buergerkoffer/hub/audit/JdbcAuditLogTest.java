package de.buergerkoffer.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.audit.AuditChain;
import de.buergerkoffer.bundle.audit.AuditEntry;
import de.buergerkoffer.bundle.audit.AuditVerification;
import de.buergerkoffer.bundle.audit.AuditVerification.Problem;
import de.buergerkoffer.hub.TestDatabase;
import de.buergerkoffer.hub.config.DatabaseProperties.Vendor;
import de.buergerkoffer.hub.config.SerialWrites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub's audit log on a real database (SQLite file, or PostgreSQL in the {@code postgres} run),
 * written through the real adapter and then tampered with directly over JDBC, as someone with the
 * file or the database's owner role could: the triggers stop the plain attempts, and once they are
 * dropped the verifier and the command line check name the broken entry.
 */
class JdbcAuditLogTest {

  @TempDir Path dataDir;
  private TestDatabase database;
  private DataSource db;
  private JdbcTemplate jdbc;
  private DataSourceTransactionManager transactions;
  private JdbcAuditLog log;

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.of(dataDir);
    db = database.migrated();
    jdbc = new JdbcTemplate(db);
    transactions = new DataSourceTransactionManager(db);
    log = new JdbcAuditLog(jdbc, transactions, Clock.systemUTC(), new SerialWrites());
  }

  private void recordAccepted(int count) {
    for (int i = 1; i <= count; i++) {
      log.record(
          "kit-07", AuditAction.SYNC_ACCEPT, "bundle-" + i, "cases=TK07-00000" + i + "-0; new=1");
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private Run command(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        VerifyAuditLog.run(
            args,
            database.loginEnvironment(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void dropTriggers() {
    String on = database.vendor() == Vendor.POSTGRESQL ? " ON audit_log" : "";
    jdbc.execute("DROP TRIGGER audit_log_no_update" + on);
    jdbc.execute("DROP TRIGGER audit_log_no_delete" + on);
  }

  @Test
  void entriesRecordedThroughTheAdapterFormAnIntactChain() {
    recordAccepted(3);

    AuditVerification result = log.verify();

    assertThat(result.ok()).isTrue();
    assertThat(result.entries()).isEqualTo(3);
    String head = jdbc.queryForObject("SELECT hash FROM audit_log WHERE seq = 3", String.class);
    assertThat(result.headHash()).isEqualTo(head);
    assertThat(jdbc.queryForList("SELECT seq FROM audit_log ORDER BY seq", Long.class))
        .containsExactly(1L, 2L, 3L);
    assertThat(jdbc.queryForObject("SELECT prev_hash FROM audit_log WHERE seq = 1", String.class))
        .isEqualTo(AuditChain.GENESIS_HASH);
    Run run = command(database.location());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("OK").contains("3 entries").contains(head);
  }

  @Test
  void anActionAndTheEntryRecordedWithItCommitTogether() {
    jdbc.execute("CREATE TABLE action_done (what VARCHAR(20))");

    String result =
        log.recordWith(
            () -> {
              jdbc.update("INSERT INTO action_done (what) VALUES ('stored')");
              return "stored";
            },
            what -> new AuditLog.Entry("kit-07", AuditAction.SYNC_ACCEPT, "bundle-1", what));

    assertThat(result).isEqualTo("stored");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM action_done", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = 1", String.class))
        .isEqualTo("stored");
    assertThat(log.verify().ok()).isTrue();
  }

  @Test
  void anActionThatFailsLeavesNeitherItsWritesNorAnEntry() {
    jdbc.execute("CREATE TABLE action_done (what VARCHAR(20))");

    assertThatThrownBy(
            () ->
                log.recordWith(
                    () -> {
                      jdbc.update("INSERT INTO action_done (what) VALUES ('half')");
                      throw new IllegalStateException("disk full");
                    },
                    nothing -> new AuditLog.Entry("hub", AuditAction.QUARANTINE, "", "")))
        .hasMessage("disk full");

    assertThat(jdbc.queryForObject("SELECT count(*) FROM action_done", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log", Integer.class)).isZero();
    recordAccepted(1);
    assertThat(log.verify().ok()).as("the chain goes on without a gap").isTrue();
  }

  @Test
  void insideACallersTransactionTheActionAndItsEntryRollBackWithIt() {
    jdbc.execute("CREATE TABLE action_done (what VARCHAR(20))");

    assertThatThrownBy(
            () ->
                new TransactionTemplate(transactions)
                    .executeWithoutResult(
                        status -> {
                          log.recordWith(
                              () -> jdbc.update("INSERT INTO action_done (what) VALUES ('x')"),
                              n -> new AuditLog.Entry("hub", AuditAction.QUARANTINE, "", ""));
                          throw new IllegalStateException("caller fails afterwards");
                        }))
        .hasMessage("caller fails afterwards");

    assertThat(jdbc.queryForObject("SELECT count(*) FROM action_done", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log", Integer.class)).isZero();
  }

  @Test
  void anEmptyLogIsIntact() {
    assertThat(log.verify().ok()).isTrue();
    assertThat(command(database.location()).out()).contains("0 entries");
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAnEntry() {
    recordAccepted(2);

    assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET detail = 'x' WHERE seq = 1"))
        .hasMessageContaining("audit log is append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE seq = 2"))
        .hasMessageContaining("audit log is append-only");
    assertThatThrownBy(() -> jdbc.update("UPDATE audit_head SET last_seq = 1"))
        .hasMessageContaining("only counts up");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_head"))
        .hasMessageContaining("append-only");
    assertThat(log.verify().ok()).isTrue();
  }

  @Test
  void anEntryChangedAfterTheTriggersWereDroppedIsNamedByVerifierAndCommand() {
    recordAccepted(5);
    dropTriggers();

    jdbc.update("UPDATE audit_log SET detail = 'cases=TK07-000009-0; new=1' WHERE seq = 3");

    AuditVerification result = log.verify();
    assertThat(result.ok()).isFalse();
    assertThat(result.entries()).isEqualTo(5);
    AuditVerification.Break at = result.firstBroken().orElseThrow();
    assertThat(at.seq()).isEqualTo(3);
    assertThat(at.problem()).isEqualTo(Problem.HASH_MISMATCH);
    Run run = command(database.location());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("BROKEN").contains("seq 3").contains("HASH_MISMATCH");
  }

  @Test
  void aChangedTimeIsDetectedEvenWhenItNoLongerParses() {
    recordAccepted(2);
    dropTriggers();

    jdbc.update("UPDATE audit_log SET at = 'gestern' WHERE seq = 2");

    assertThat(log.verify().firstBroken().orElseThrow().seq()).isEqualTo(2);
  }

  @Test
  void aDeletedEntryIsNamedByVerifierAndCommand() {
    recordAccepted(5);
    dropTriggers();

    jdbc.update("DELETE FROM audit_log WHERE seq = 2");

    AuditVerification.Break at = log.verify().firstBroken().orElseThrow();
    assertThat(at.seq()).isEqualTo(2);
    assertThat(at.problem()).isEqualTo(Problem.SEQ_GAP);
    Run run =
        command(
            database.vendor() == Vendor.SQLITE
                ? dataDir.resolve("hub.db").toString()
                : database.location());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("seq 2").contains("SEQ_GAP").contains("4 entries read");
  }

  @Test
  void aDeletedLastEntryShowsAgainstTheCounterAndStaysVisibleAfterTheNextAppend() {
    recordAccepted(5);
    dropTriggers();

    jdbc.update("DELETE FROM audit_log WHERE seq = 5");

    AuditVerification.Break at = log.verify().firstBroken().orElseThrow();
    assertThat(at.seq()).isEqualTo(5);
    assertThat(at.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    assertThat(command(database.location()).exitCode()).isEqualTo(1);

    log.record("admin", AuditAction.IMPORT, "usb", "accepted=0; rejected=0; skipped=0");

    assertThat(jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class)).isEqualTo(6);
    AuditVerification.Break after = log.verify().firstBroken().orElseThrow();
    assertThat(after.seq()).isEqualTo(5);
    assertThat(after.problem()).isEqualTo(Problem.SEQ_GAP);
  }

  @Test
  void anEntryRecordedInsideATransactionIsWrittenOnlyOnceItCommits() {
    TransactionTemplate outer = new TransactionTemplate(transactions);

    outer.executeWithoutResult(
        status -> {
          log.record("hub", AuditAction.ENROLL, "kit-07", "");
          assertThat(count()).as("not before the commit").isZero();
        });
    assertThat(count()).isEqualTo(1);

    outer.executeWithoutResult(
        status -> {
          log.record("hub", AuditAction.ENROLL, "kit-08", "");
          status.setRollbackOnly();
        });
    assertThat(count()).as("nothing for an action that was rolled back").isEqualTo(1);
    assertThat(log.verify().ok()).isTrue();
  }

  @Test
  void appendsFromManyThreadsWhileOthersWriteTheDatabaseNeverForkTheChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicBoolean writing = new AtomicBoolean(true);
    Future<?> otherWriter =
        pool.submit(
            () -> {
              int i = 0;
              while (writing.get()) {
                jdbc.update(
                    "INSERT INTO enrollment_token (token, created_at, expires_at)"
                        + " VALUES ('test', ?, 'x')"
                        + " ON CONFLICT (token) DO UPDATE SET created_at = excluded.created_at",
                    Integer.toString(i++));
              }
            });
    List<Future<?>> appenders = new ArrayList<>();
    for (int t = 0; t < 5; t++) {
      int thread = t;
      appenders.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 20; i++) {
                  log.record("kit-07", AuditAction.SYNC_ACCEPT, "bundle-" + thread + "-" + i, "");
                }
              }));
    }
    for (Future<?> f : appenders) {
      f.get(60, TimeUnit.SECONDS);
    }
    writing.set(false);
    otherWriter.get(10, TimeUnit.SECONDS);
    pool.shutdown();

    AuditVerification result = log.verify();
    assertThat(result.ok()).isTrue();
    assertThat(result.entries()).isEqualTo(100);
  }

  @Test
  void refusesAnEntryWithoutActorBeforeWritingAnything() {
    assertThatThrownBy(() -> log.record(" ", "SYNC_ACCEPT", "bundle-1", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(count()).isZero();
  }

  @Test
  void theAppendedEntryIsWhatTheChainRulesMake() {
    AuditEntry written = log.append("admin", "IMPORT", "usb", "accepted=2; rejected=0; skipped=0");

    assertThat(written.hash()).isEqualTo(written.contentHash());
    assertThat(written.seq()).isEqualTo(1);
  }

  @Test
  void theCommandSaysWhenThereIsNoDatabaseOrNoAuditLog() throws Exception {
    Run none = command(dataDir.resolve("elsewhere").toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no database");

    TestDatabase old = TestDatabase.of(Files.createDirectories(dataDir.resolve("old")));
    new JdbcTemplate(old.dataSource()).execute("CREATE TABLE received_case (case_id TEXT)");
    Run premigration = command(old.location());
    assertThat(premigration.exitCode()).isEqualTo(2);
    assertThat(premigration.err()).contains("no audit_log table");

    assertThat(command().exitCode()).isEqualTo(2);
  }

  private long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
  }
}
