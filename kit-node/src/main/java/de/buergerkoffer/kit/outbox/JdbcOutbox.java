package de.buergerkoffer.kit.outbox;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.kit.capture.IdentityChecks;
import de.buergerkoffer.kit.protection.DataProtection;
import de.buergerkoffer.kit.protection.ProtectedColumn;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox in the kit's SQLite database, next to the cases it carries. Reads and writes the
 * cases' personal data through {@link DataProtection} (encrypted at rest); the sealed bundles are
 * encrypted for the hub already and stored as they are.
 */
@Repository
class JdbcOutbox implements Outbox {

  private final JdbcTemplate jdbc;
  private final DataProtection protection;

  JdbcOutbox(JdbcTemplate jdbc, DataProtection protection) {
    this.jdbc = jdbc;
    this.protection = protection;
  }

  @Override
  public List<CaseContent> unsealed(int limit) {
    List<CaseData> cases =
        jdbc.query(
            "SELECT c.* FROM outbox o JOIN captured_case c ON c.case_id = o.case_id"
                + " WHERE o.bundle_id IS NULL AND o.done_at IS NULL ORDER BY o.enqueued_at LIMIT ?",
            (rs, i) -> {
              String id = rs.getString("case_id");
              return new CaseData(
                  UUID.fromString(id),
                  rs.getString("case_number"),
                  rs.getString("form_id"),
                  rs.getInt("form_version"),
                  Instant.parse(rs.getString("captured_at")),
                  protection.decryptText(ProtectedColumn.CASE_CLERK, rs.getBytes("clerk"), id),
                  WireJson.readFields(
                      protection.decryptText(
                          ProtectedColumn.CASE_FIELDS, rs.getBytes("fields_json"), id)),
                  IdentityChecks.fromJson(rs.getString("identity_check")));
            },
            limit);
    return cases.stream().map(c -> new CaseContent(c, attachments(c.caseId()))).toList();
  }

  /** The case's documents, by name; names and contents are decrypted. */
  private List<Attachment> attachments(UUID caseId) {
    String id = caseId.toString();
    return jdbc
        .query(
            "SELECT name, data FROM case_attachment WHERE case_id = ?",
            (rs, i) -> {
              String name =
                  protection.decryptText(ProtectedColumn.ATTACHMENT_NAME, rs.getBytes(1), id);
              return new Attachment(
                  name,
                  protection.decrypt(ProtectedColumn.ATTACHMENT_DATA, rs.getBytes(2), id, name));
            },
            id)
        .stream()
        .sorted(Comparator.comparing(Attachment::name))
        .toList();
  }

  @Override
  public void attachBundle(UUID caseId, SealedBundle bundle) {
    jdbc.update(
        "UPDATE outbox SET bundle_id = ?, sealed = ?, sha256 = ? WHERE case_id = ? AND bundle_id IS NULL",
        bundle.bundleId().toString(),
        bundle.bytes(),
        bundle.sha256(),
        caseId.toString());
  }

  @Override
  public List<PendingBundle> due(Instant now, int window) {
    Integer waiting =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM outbox WHERE done_at IS NULL AND attempts > 0"
                + " AND next_attempt_at > ?",
            Integer.class,
            StoredTime.format(now));
    int free = Math.max(0, window - (waiting == null ? 0 : waiting));
    if (free == 0) {
      return List.of();
    }
    return jdbc.query(
        "SELECT bundle_id, case_id, sealed, attempts FROM outbox"
            + " WHERE done_at IS NULL AND bundle_id IS NOT NULL"
            + " AND (attempts = 0 OR next_attempt_at <= ?) ORDER BY enqueued_at LIMIT ?",
        (rs, i) ->
            new PendingBundle(
                UUID.fromString(rs.getString("bundle_id")),
                UUID.fromString(rs.getString("case_id")),
                rs.getBytes("sealed"),
                rs.getInt("attempts")),
        StoredTime.format(now),
        free);
  }

  @Override
  public List<PendingBundle> sealedPending() {
    return jdbc.query(
        "SELECT bundle_id, case_id, sealed, attempts FROM outbox"
            + " WHERE done_at IS NULL AND bundle_id IS NOT NULL ORDER BY enqueued_at",
        (rs, i) ->
            new PendingBundle(
                UUID.fromString(rs.getString("bundle_id")),
                UUID.fromString(rs.getString("case_id")),
                rs.getBytes("sealed"),
                rs.getInt("attempts")),
        new Object[0]);
  }

  @Override
  public void markExported(Instant at) {
    jdbc.update(
        "INSERT INTO kit_event (name, at) VALUES ('export', ?)"
            + " ON CONFLICT (name) DO UPDATE SET at = excluded.at",
        StoredTime.format(at));
  }

  @Override
  public Optional<Instant> lastExportedAt() {
    return jdbc
        .queryForList("SELECT at FROM kit_event WHERE name = 'export'", String.class)
        .stream()
        .findFirst()
        .map(Instant::parse);
  }

  @Override
  public Optional<Instant> oldestPendingCapturedAt() {
    String oldest =
        jdbc.queryForObject(
            "SELECT MIN(c.captured_at) FROM outbox o JOIN captured_case c ON c.case_id = o.case_id"
                + " WHERE o.done_at IS NULL",
            String.class);
    return Optional.ofNullable(oldest).map(Instant::parse);
  }

  @Override
  @Transactional
  public void markSent(UUID bundleId, Instant sentAt, Instant nextAttempt) {
    jdbc.update(
        "UPDATE outbox SET attempts = attempts + 1, last_sent_at = ?, next_attempt_at = ?"
            + " WHERE bundle_id = ?",
        StoredTime.format(sentAt),
        StoredTime.format(nextAttempt),
        bundleId.toString());
    jdbc.update(
        "UPDATE captured_case SET status = 'SENT', status_at = ? WHERE status = 'QUEUED'"
            + " AND case_id = (SELECT case_id FROM outbox WHERE bundle_id = ?)",
        StoredTime.format(sentAt),
        bundleId.toString());
  }

  @Override
  public void resendAllNow(Instant now) {
    jdbc.update(
        "UPDATE outbox SET next_attempt_at = ? WHERE done_at IS NULL AND attempts > 0",
        StoredTime.format(now));
  }

  @Override
  @Transactional
  public AckResult apply(Ack ack, Instant now) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT case_id, sha256 FROM outbox WHERE bundle_id = ? AND done_at IS NULL",
            ack.bundleId().toString());
    if (rows.isEmpty()) {
      return AckResult.UNKNOWN_BUNDLE;
    }
    String caseId = (String) rows.get(0).get("case_id");
    if (!ack.sha256().equals(rows.get(0).get("sha256"))) {
      return AckResult.HASH_MISMATCH;
    }
    jdbc.update(
        "UPDATE outbox SET done_at = ? WHERE bundle_id = ?",
        StoredTime.format(now),
        ack.bundleId().toString());
    if (ack.outcome() == Ack.Outcome.ACCEPTED) {
      jdbc.update(
          "UPDATE captured_case SET status = 'ACKNOWLEDGED', status_at = ? WHERE case_id = ?",
          StoredTime.format(now),
          caseId);
    } else {
      jdbc.update(
          "UPDATE captured_case SET status = 'REJECTED', status_at = ?, reject_reason = ?,"
              + " reject_detail = ? WHERE case_id = ?",
          StoredTime.format(now),
          ack.reason() == null ? null : ack.reason().name(),
          protection.encryptText(ProtectedColumn.CASE_REJECT_DETAIL, ack.detail(), caseId),
          caseId);
    }
    return AckResult.APPLIED;
  }

  @Override
  public int pendingCount() {
    Integer n =
        jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE done_at IS NULL", Integer.class);
    return n == null ? 0 : n;
  }

  @Override
  public Optional<Instant> lastAcknowledgedAt() {
    String last =
        jdbc.queryForObject(
            "SELECT MAX(status_at) FROM captured_case WHERE status = 'ACKNOWLEDGED'", String.class);
    return Optional.ofNullable(last).map(Instant::parse);
  }
}
