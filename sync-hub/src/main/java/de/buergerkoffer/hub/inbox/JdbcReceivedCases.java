package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.WireJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Received cases in the hub's SQLite database. */
@Repository
class JdbcReceivedCases implements ReceivedCases {

  private static final String COLUMNS =
      "case_id, case_number, bundle_id, kit_id, form_id, form_version, clerk, captured_at,"
          + " received_at, status, fields_json";

  private final JdbcTemplate jdbc;

  JdbcReceivedCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public StoreResult storeOnce(OpenedBundle bundle, Instant receivedAt) {
    var manifest = bundle.manifest();
    int added =
        jdbc.update(
            "INSERT OR IGNORE INTO received_bundle (bundle_id, kit_id, sha256, received_at)"
                + " VALUES (?, ?, ?, ?)",
            manifest.bundleId().toString(),
            manifest.kitId(),
            bundle.sha256(),
            receivedAt.toString());
    if (added == 0) {
      String stored =
          jdbc.queryForObject(
              "SELECT sha256 FROM received_bundle WHERE bundle_id = ?",
              String.class,
              manifest.bundleId().toString());
      return new StoreResult(true, stored, manifest.caseIds(), 0);
    }
    int newCases = 0;
    for (CaseData c : bundle.cases()) {
      newCases +=
          jdbc.update(
              "INSERT OR IGNORE INTO received_case ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              c.caseId().toString(),
              c.caseNumber(),
              manifest.bundleId().toString(),
              manifest.kitId(),
              c.formId(),
              c.formVersion(),
              c.clerk(),
              c.capturedAt().toString(),
              receivedAt.toString(),
              "eingegangen",
              WireJson.writeFields(c.fields()));
    }
    return new StoreResult(false, bundle.sha256(), manifest.caseIds(), newCases);
  }

  @Override
  public List<ReceivedCase> recent(int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM received_case ORDER BY received_at DESC, case_number LIMIT ?",
        JdbcReceivedCases::row,
        limit);
  }

  @Override
  public Optional<ReceivedCase> find(UUID caseId) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM received_case WHERE case_id = ?",
            JdbcReceivedCases::row,
            caseId.toString())
        .stream()
        .findFirst();
  }

  private static ReceivedCase row(ResultSet rs, int i) throws SQLException {
    return new ReceivedCase(
        UUID.fromString(rs.getString("case_id")),
        rs.getString("case_number"),
        UUID.fromString(rs.getString("bundle_id")),
        rs.getString("kit_id"),
        rs.getString("form_id"),
        rs.getInt("form_version"),
        rs.getString("clerk"),
        Instant.parse(rs.getString("captured_at")),
        Instant.parse(rs.getString("received_at")),
        rs.getString("status"),
        WireJson.readFields(rs.getString("fields_json")));
  }
}
