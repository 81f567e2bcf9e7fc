package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.protection.DataProtection;
import de.buergerkoffer.kit.protection.ProtectedColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases and their outbox entries in the kit's SQLite database. Personal data (values, clerk, the
 * hub's refusal detail, documents and their names) is encrypted here on the way in and decrypted on
 * the way out, bound to its case ({@link ProtectedColumn}); the rest stays plain for queries.
 */
@Repository
class JdbcCaseStore implements CaseStore {

  private final JdbcTemplate jdbc;
  private final String prefix;
  private final DataProtection protection;

  JdbcCaseStore(JdbcTemplate jdbc, KitProperties properties, DataProtection protection) {
    this.jdbc = jdbc;
    this.prefix = properties.casePrefix();
    this.protection = protection;
  }

  @Override
  @Transactional
  public CapturedCase storeNew(
      String formId,
      int formVersion,
      String clerk,
      Instant capturedAt,
      Map<String, String> fields,
      List<Attachment> attachments,
      IdentityCheck identityCheck,
      DocumentRenderer documents) {
    requireDistinctNames(attachments);
    jdbc.update("UPDATE case_counter SET last_value = last_value + 1 WHERE id = 1");
    long number =
        jdbc.queryForObject("SELECT last_value FROM case_counter WHERE id = 1", Long.class);
    UUID caseId = UUID.randomUUID();
    String id = caseId.toString();
    String caseNumber = CaseNumbers.format(prefix, number);
    jdbc.update(
        "INSERT INTO captured_case (case_id, case_number, form_id, form_version, clerk,"
            + " captured_at, fields_json, status, status_at, identity_check)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        caseNumber,
        formId,
        formVersion,
        protection.encryptText(ProtectedColumn.CASE_CLERK, clerk, id),
        StoredTime.format(capturedAt),
        protection.encryptText(ProtectedColumn.CASE_FIELDS, WireJson.writeFields(fields), id),
        CaseStatus.QUEUED.name(),
        StoredTime.format(capturedAt),
        IdentityChecks.toJson(identityCheck));
    for (Attachment a : attachments) {
      insertAttachment(id, a);
    }
    CapturedCase stored =
        new CapturedCase(
            caseId,
            caseNumber,
            formId,
            formVersion,
            clerk,
            capturedAt,
            fields,
            CaseStatus.QUEUED,
            capturedAt,
            null,
            null,
            identityCheck);
    Set<String> names = new HashSet<>(attachments.stream().map(Attachment::name).toList());
    for (Attachment derived : documents.render(stored, attachments)) {
      if (names.add(derived.name())) {
        insertAttachment(id, derived);
      }
    }
    jdbc.update(
        "INSERT INTO outbox (case_id, enqueued_at) VALUES (?, ?)",
        id,
        StoredTime.format(capturedAt));
    return stored;
  }

  private void insertAttachment(String id, Attachment a) {
    jdbc.update(
        "INSERT INTO case_attachment (case_id, name, data) VALUES (?, ?, ?)",
        id,
        protection.encryptText(ProtectedColumn.ATTACHMENT_NAME, a.name(), id),
        protection.encrypt(ProtectedColumn.ATTACHMENT_DATA, a.data(), id, a.name()));
  }

  @Override
  public List<Attachment> attachments(UUID caseId) {
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
        .sorted(java.util.Comparator.comparing(Attachment::name))
        .toList();
  }

  /**
   * The names are encrypted with a fresh nonce each, so the table's key no longer catches a name
   * given twice; this does.
   */
  private static void requireDistinctNames(List<Attachment> attachments) {
    var names = new HashSet<String>();
    for (Attachment a : attachments) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException("attachment name given twice: " + a.name());
      }
    }
  }

  @Override
  public List<String> attachmentNames(UUID caseId) {
    String id = caseId.toString();
    return jdbc
        .query(
            "SELECT name FROM case_attachment WHERE case_id = ?",
            (rs, i) -> protection.decryptText(ProtectedColumn.ATTACHMENT_NAME, rs.getBytes(1), id),
            id)
        .stream()
        .sorted()
        .toList();
  }

  @Override
  public boolean hasCaseNumber(String caseNumber) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM captured_case WHERE case_number = ?", Integer.class, caseNumber);
    return n != null && n > 0;
  }

  @Override
  public List<CapturedCase> recent(int limit) {
    return jdbc.query(
        "SELECT * FROM captured_case ORDER BY captured_at DESC LIMIT ?", this::row, limit);
  }

  @Override
  public Optional<CapturedCase> find(UUID caseId) {
    return jdbc
        .query("SELECT * FROM captured_case WHERE case_id = ?", this::row, caseId.toString())
        .stream()
        .findFirst();
  }

  private CapturedCase row(ResultSet rs, int i) throws SQLException {
    String id = rs.getString("case_id");
    return new CapturedCase(
        UUID.fromString(id),
        rs.getString("case_number"),
        rs.getString("form_id"),
        rs.getInt("form_version"),
        protection.decryptText(ProtectedColumn.CASE_CLERK, rs.getBytes("clerk"), id),
        Instant.parse(rs.getString("captured_at")),
        WireJson.readFields(
            protection.decryptText(ProtectedColumn.CASE_FIELDS, rs.getBytes("fields_json"), id)),
        CaseStatus.valueOf(rs.getString("status")),
        Instant.parse(rs.getString("status_at")),
        rs.getString("reject_reason"),
        protection.decryptText(
            ProtectedColumn.CASE_REJECT_DETAIL, rs.getBytes("reject_detail"), id),
        IdentityChecks.fromJson(rs.getString("identity_check")));
  }
}
