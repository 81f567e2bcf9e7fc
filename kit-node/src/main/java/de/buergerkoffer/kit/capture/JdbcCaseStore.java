package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.kit.config.KitProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Cases and their outbox entries in the kit's SQLite database. */
@Repository
class JdbcCaseStore implements CaseStore {

  private final JdbcTemplate jdbc;
  private final String prefix;

  JdbcCaseStore(JdbcTemplate jdbc, KitProperties properties) {
    this.jdbc = jdbc;
    this.prefix = properties.casePrefix();
  }

  @Override
  @Transactional
  public CapturedCase storeNew(
      String formId,
      int formVersion,
      String clerk,
      Instant capturedAt,
      Map<String, String> fields,
      List<Attachment> attachments) {
    jdbc.update("UPDATE case_counter SET last_value = last_value + 1 WHERE id = 1");
    long number =
        jdbc.queryForObject("SELECT last_value FROM case_counter WHERE id = 1", Long.class);
    UUID caseId = UUID.randomUUID();
    String caseNumber = CaseNumbers.format(prefix, number);
    jdbc.update(
        "INSERT INTO captured_case (case_id, case_number, form_id, form_version, clerk,"
            + " captured_at, fields_json, status, status_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseId.toString(),
        caseNumber,
        formId,
        formVersion,
        clerk,
        StoredTime.format(capturedAt),
        WireJson.writeFields(fields),
        CaseStatus.QUEUED.name(),
        StoredTime.format(capturedAt));
    for (Attachment a : attachments) {
      jdbc.update(
          "INSERT INTO case_attachment (case_id, name, data) VALUES (?, ?, ?)",
          caseId.toString(),
          a.name(),
          a.data());
    }
    jdbc.update(
        "INSERT INTO outbox (case_id, enqueued_at) VALUES (?, ?)",
        caseId.toString(),
        StoredTime.format(capturedAt));
    return new CapturedCase(
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
        null);
  }

  @Override
  public List<String> attachmentNames(UUID caseId) {
    return jdbc.queryForList(
        "SELECT name FROM case_attachment WHERE case_id = ? ORDER BY name",
        String.class,
        caseId.toString());
  }

  @Override
  public List<CapturedCase> recent(int limit) {
    return jdbc.query(
        "SELECT * FROM captured_case ORDER BY captured_at DESC LIMIT ?", JdbcCaseStore::row, limit);
  }

  @Override
  public Optional<CapturedCase> find(UUID caseId) {
    return jdbc
        .query(
            "SELECT * FROM captured_case WHERE case_id = ?", JdbcCaseStore::row, caseId.toString())
        .stream()
        .findFirst();
  }

  static CapturedCase row(ResultSet rs, int i) throws SQLException {
    return new CapturedCase(
        UUID.fromString(rs.getString("case_id")),
        rs.getString("case_number"),
        rs.getString("form_id"),
        rs.getInt("form_version"),
        rs.getString("clerk"),
        Instant.parse(rs.getString("captured_at")),
        WireJson.readFields(rs.getString("fields_json")),
        CaseStatus.valueOf(rs.getString("status")),
        Instant.parse(rs.getString("status_at")),
        rs.getString("reject_reason"),
        rs.getString("reject_detail"));
  }
}
