package de.buergerkoffer.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteDataSource;

/** Several callers' work in one commit, on a real SQLite file; a failure stays with its caller. */
class GroupCommitTest {

  @TempDir Path dir;
  private JdbcTemplate jdbc;
  private final AtomicInteger commits = new AtomicInteger();
  private GroupCommit group;
  private ExecutorService callers;

  @BeforeEach
  void openDatabase() {
    SQLiteDataSource db = new SQLiteDataSource();
    db.setUrl("jdbc:sqlite:" + dir.resolve("t.db") + "?journal_mode=WAL&busy_timeout=10000");
    jdbc = new JdbcTemplate(db);
    jdbc.execute("CREATE TABLE stored (id INTEGER PRIMARY KEY)");
    DataSourceTransactionManager transactions =
        new DataSourceTransactionManager(db) {
          @Override
          protected void doCommit(DefaultTransactionStatus status) {
            commits.incrementAndGet();
            super.doCommit(status);
          }
        };
    group = new GroupCommit(new TransactionTemplate(transactions), new ReentrantLock());
    callers = Executors.newFixedThreadPool(10);
  }

  @AfterEach
  void close() {
    callers.shutdownNow();
    group.close();
  }

  @Test
  void workThatArrivesWhileACommitIsUnderWayIsCommittedTogether() throws Exception {
    CountDownLatch othersQueued = new CountDownLatch(1);
    Future<Integer> first =
        callers.submit(
            () ->
                group.run(
                    () -> {
                      released(othersQueued);
                      return insert(0);
                    }));
    await().atMost(Duration.ofSeconds(10)).until(() -> commits.get() == 0 && group.queued() == 0);
    List<Future<Integer>> others = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      int id = i;
      others.add(callers.submit(() -> group.run(() -> insert(id))));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> group.queued() == 9);
    othersQueued.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
    for (int i = 0; i < others.size(); i++) {
      assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i + 1);
    }
    assertThat(jdbc.queryForObject("SELECT count(*) FROM stored", Integer.class)).isEqualTo(10);
    assertThat(commits.get()).as("one commit for the first, one for the nine").isEqualTo(2);
  }

  @Test
  void oneCallersFailureIsReportedToItAloneAndItsWritesAreRolledBack() throws Exception {
    CountDownLatch othersQueued = new CountDownLatch(1);
    Future<Integer> first =
        callers.submit(
            () ->
                group.run(
                    () -> {
                      released(othersQueued);
                      return insert(100);
                    }));
    await().atMost(Duration.ofSeconds(10)).until(() -> group.queued() == 0);
    Future<Integer> good = callers.submit(() -> group.run(() -> insert(1)));
    await().atMost(Duration.ofSeconds(10)).until(() -> group.queued() == 1);
    Future<Integer> bad =
        callers.submit(
            () ->
                group.run(
                    () -> {
                      insert(2);
                      throw new IllegalStateException("Formular kaputt");
                    }));
    await().atMost(Duration.ofSeconds(10)).until(() -> group.queued() == 2);
    othersQueued.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(100);
    assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("Formular kaputt");
    assertThat(jdbc.queryForList("SELECT id FROM stored ORDER BY id", Integer.class))
        .containsExactly(1, 100);
  }

  @Test
  void afterClosingWorkRunsInTheCallersOwnTransaction() {
    group.close();

    assertThat(group.run(() -> insert(7))).isEqualTo(7);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM stored", Integer.class)).isEqualTo(1);
  }

  private int insert(int id) {
    jdbc.update("INSERT INTO stored (id) VALUES (?)", id);
    return id;
  }

  private static void released(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
