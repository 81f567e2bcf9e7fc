package de.buergerkoffer.hub.audit;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.audit.AuditChain;
import de.buergerkoffer.bundle.audit.AuditEntry;
import de.buergerkoffer.bundle.audit.AuditVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The SQL of the audit log (tables {@code audit_log} and {@code audit_head}, migration {@code
 * V10__audit_log.sql}), on a plain JDBC connection so that the application and the offline {@link
 * VerifyAuditLog} command read it the same way. Transactions are the caller's.
 */
final class AuditTable {

  private AuditTable() {}

  /**
   * The isolation {@link #verify} needs: one snapshot for the whole transaction. SQLite's
   * transactions always read from one; PostgreSQL's default (read committed) takes one per
   * statement, so an append between reading the head and reading the log would look like tampering.
   */
  static final int SNAPSHOT = Connection.TRANSACTION_REPEATABLE_READ;

  /** The database has no audit log yet (the application never ran with migration V10). */
  static final class MissingException extends IllegalStateException {
    MissingException() {
      super("no audit_log table in this database: start the application once to create it");
    }
  }

  /**
   * Appends an entry. The first statement is a write to {@code audit_head}, so the transaction
   * holds SQLite's write lock (PostgreSQL's lock on that row) before it reads the head, and each
   * later read sees every append committed before: no other connection can append in between (the
   * chain cannot fork) and the read cannot go stale. The number comes from {@code audit_head}, the
   * predecessor hash from the last row of {@code audit_log}; if rows were deleted from the end, the
   * new entry's number leaves the gap visible.
   *
   * <p>Call inside one transaction.
   */
  static AuditEntry append(
      Connection c, Instant at, String actor, String action, String subject, String detail)
      throws SQLException {
    try (PreparedStatement bump =
        c.prepareStatement("UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1")) {
      if (bump.executeUpdate() != 1) {
        throw new IllegalStateException("audit_head has no row; the audit log cannot be appended");
      }
    }
    long seq = lastSeqWritten(c);
    String prevHash = AuditChain.GENESIS_HASH;
    try (PreparedStatement head =
            c.prepareStatement("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        ResultSet rs = head.executeQuery()) {
      if (rs.next()) {
        prevHash = rs.getString(1);
      }
    }
    AuditEntry entry = AuditChain.entry(seq, prevHash, at, actor, action, subject, detail);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, entry.seq());
      insert.setString(2, StoredTime.format(entry.at()));
      insert.setString(3, entry.actor());
      insert.setString(4, entry.action());
      insert.setString(5, entry.subject());
      insert.setString(6, entry.detail());
      insert.setString(7, entry.prevHash());
      insert.setString(8, entry.hash());
      insert.executeUpdate();
    }
    return entry;
  }

  /**
   * Checks the whole log in {@code seq} order, and that it ends at the last number given out. Run
   * it inside one transaction that reads from one snapshot ({@link #SNAPSHOT}), so that both are
   * read as of the same moment.
   *
   * @throws MissingException when the database has no audit log
   */
  static AuditVerification verify(Connection c) throws SQLException {
    if (!hasTable(c, "audit_log") || !hasTable(c, "audit_head")) {
      throw new MissingException();
    }
    long written = lastSeqWritten(c);
    AuditChain.Verifier verifier = AuditChain.verifier();
    try (PreparedStatement all =
            c.prepareStatement(
                "SELECT seq, at, actor, action, subject, detail, prev_hash, hash"
                    + " FROM audit_log ORDER BY seq");
        ResultSet rs = all.executeQuery()) {
      while (rs.next()) {
        verifier.add(
            new AuditEntry(
                rs.getLong("seq"),
                instantOrNull(rs.getString("at")),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getString("prev_hash"),
                rs.getString("hash")));
      }
    }
    return verifier.resultExpectingLastSeq(written);
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), name, null)) {
      return rs.next();
    }
  }

  private static long lastSeqWritten(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT last_seq FROM audit_head WHERE id = 1");
        ResultSet rs = q.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** A time that no longer parses was changed; as null it fails its entry's hash. */
  private static Instant instantOrNull(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
