package de.buergerkoffer.hub.audit;

import de.buergerkoffer.bundle.audit.AuditEntry;
import de.buergerkoffer.bundle.audit.AuditVerification;
import de.buergerkoffer.hub.config.SerialWrites;
import java.time.Clock;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log in the hub's database. Appends are serialized twice: within this process by the
 * hub's {@link SerialWrites} lock (shared with ingest), and in the database by taking the write
 * lock (SQLite) or the head row's lock (PostgreSQL) before the head is read, each in its own
 * transaction. Triggers refuse {@code UPDATE} and {@code DELETE} on {@code audit_log}; the hash
 * chain still shows tampering by someone who drops them.
 */
@Repository
class JdbcAuditLog implements AuditLog, AutoCloseable {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final TransactionTemplate snapshot;
  private final Clock clock;
  private final Lock writes;
  private final GroupCommit groupCommit;

  JdbcAuditLog(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      SerialWrites writes) {
    this.writes = writes.lock();
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.snapshot.setIsolationLevel(AuditTable.SNAPSHOT);
    this.clock = clock;
    this.groupCommit = new GroupCommit(new TransactionTemplate(transactions), this.writes);
  }

  @Override
  public void record(String actor, String action, String subject, String detail) {
    requireText(actor, "actor");
    requireText(action, "action");
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isSynchronizationActive()) {
      // written once the caller's transaction has committed: the action did happen, and the
      // caller's write lock is released, so appending cannot wait on it
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              append(actor, action, subject, detail);
            }
          });
      return;
    }
    append(actor, action, subject, detail);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Outside a transaction the work goes to the {@link GroupCommit}: it may share its commit (and
   * flush to disk) with other callers' work, and it may run again if a shared commit fails.
   */
  @Override
  public <T> T recordWith(Supplier<T> work, Function<? super T, Entry> entry) {
    Supplier<T> workAndEntry =
        () -> {
          T result = work.get();
          Entry e = entry.apply(result);
          requireText(e.actor(), "actor");
          requireText(e.action(), "action");
          jdbc.execute(
              (ConnectionCallback<AuditEntry>)
                  c ->
                      AuditTable.append(
                          c, clock.instant(), e.actor(), e.action(), e.subject(), e.detail()));
          return result;
        };
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // part of the caller's transaction, on its connection: the head row's lock orders the chain;
      // taking the in-process lock here, after the caller may hold the database's write lock,
      // could wait on the group committer while it waits on us
      return workAndEntry.get();
    }
    return groupCommit.run(workAndEntry);
  }

  @Override
  public void close() {
    groupCommit.close();
  }

  /** Appends in a transaction of its own and returns the entry written. */
  AuditEntry append(String actor, String action, String subject, String detail) {
    writes.lock();
    try {
      return ownTransaction.execute(
          status ->
              jdbc.execute(
                  (ConnectionCallback<AuditEntry>)
                      c -> AuditTable.append(c, clock.instant(), actor, action, subject, detail)));
    } finally {
      writes.unlock();
    }
  }

  /** Checks the whole log, read in one transaction from one snapshot. */
  AuditVerification verify() {
    return snapshot.execute(
        status -> jdbc.execute((ConnectionCallback<AuditVerification>) AuditTable::verify));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an audit entry needs an " + name);
    }
  }
}
