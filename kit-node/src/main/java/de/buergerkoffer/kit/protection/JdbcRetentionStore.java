package de.buergerkoffer.kit.protection;

import de.buergerkoffer.bundle.StoredTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges in the kit's SQLite database, in one transaction, then empties the write-ahead log so that
 * no copy of the deleted pages stays in {@code kit.db-wal}; {@code secure_delete} has zeroed them
 * in {@code kit.db}.
 */
final class JdbcRetentionStore implements RetentionStore {

  private static final String NO_FIELDS = "{}";
  private static final String NO_CLERK = "";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final DataProtection protection;

  JdbcRetentionStore(JdbcTemplate jdbc, TransactionTemplate tx, DataProtection protection) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.protection = protection;
  }

  @Override
  public int purgeAcknowledgedUpTo(Instant acknowledgedUpTo, Instant now) {
    Integer purged =
        tx.execute(
            status -> {
              List<String> due =
                  jdbc.queryForList(
                      "SELECT case_id FROM captured_case WHERE status = 'ACKNOWLEDGED'"
                          + " AND purged_at IS NULL AND status_at <= ?",
                      String.class,
                      StoredTime.format(acknowledgedUpTo));
              for (String caseId : due) {
                purge(caseId, now);
              }
              return due.size();
            });
    int count = purged == null ? 0 : purged;
    if (count > 0) {
      DataKeyUnlock.checkpoint(jdbc);
    }
    return count;
  }

  private void purge(String caseId, Instant now) {
    jdbc.update(
        "UPDATE captured_case SET fields_json = ?, clerk = ?, reject_detail = NULL, purged_at = ?"
            + " WHERE case_id = ?",
        protection.encryptText(ProtectedColumn.CASE_FIELDS, NO_FIELDS, caseId),
        protection.encryptText(ProtectedColumn.CASE_CLERK, NO_CLERK, caseId),
        StoredTime.format(now),
        caseId);
    jdbc.update("DELETE FROM case_attachment WHERE case_id = ?", caseId);
    jdbc.update("UPDATE outbox SET sealed = NULL WHERE case_id = ?", caseId);
  }

  @Override
  public Optional<Instant> purgedAt(UUID caseId) {
    return jdbc
        .queryForList(
            "SELECT purged_at FROM captured_case WHERE case_id = ? AND purged_at IS NOT NULL",
            String.class,
            caseId.toString())
        .stream()
        .findFirst()
        .map(Instant::parse);
  }
}
