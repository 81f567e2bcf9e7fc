package de.buergerkoffer.hub.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.forms.Supplements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Received cases in the hub's database. */
@Repository
class JdbcReceivedCases implements ReceivedCases {

  private static final String COLUMNS =
      "case_id, case_number, bundle_id, kit_id, form_id, form_version, clerk, captured_at,"
          + " received_at, status, fields_json, search_name, status_changed_at, identity_check,"
          + " supplement_to";

  private static final ZoneId TOWN_HALL = ZoneId.of("Europe/Berlin");

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
            "INSERT INTO received_bundle (bundle_id, kit_id, sha256, received_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            manifest.bundleId().toString(),
            manifest.kitId(),
            bundle.sha256(),
            StoredTime.format(receivedAt));
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
      int stored =
          jdbc.update(
              "INSERT INTO received_case ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
              c.caseId().toString(),
              c.caseNumber(),
              manifest.bundleId().toString(),
              manifest.kitId(),
              c.formId(),
              c.formVersion(),
              c.clerk(),
              StoredTime.format(c.capturedAt()),
              StoredTime.format(receivedAt),
              WorkStatus.RECEIVED.name(),
              WireJson.writeFields(c.fields()),
              SearchNames.of(c.fields()),
              StoredTime.format(receivedAt),
              identityJson(c.identityCheck()),
              Supplements.referencedCaseNumber(c.formId(), c.fields()).orElse(null));
      newCases += stored;
      if (stored == 1) {
        for (Attachment a : bundle.attachmentsOf(c.caseId())) {
          jdbc.update(
              "INSERT INTO received_attachment (case_id, name, media_type, size_bytes, sha256, data)"
                  + " VALUES (?, ?, ?, ?, ?, ?)",
              c.caseId().toString(),
              a.name(),
              a.mediaType(),
              a.data().length,
              Pki.sha256Hex(a.data()),
              a.data());
        }
      }
    }
    return new StoreResult(false, bundle.sha256(), manifest.caseIds(), newCases);
  }

  @Override
  public Optional<StoreResult> storedBundle(UUID bundleId) {
    List<String> sha =
        jdbc.queryForList(
            "SELECT sha256 FROM received_bundle WHERE bundle_id = ?",
            String.class,
            bundleId.toString());
    if (sha.isEmpty()) {
      return Optional.empty();
    }
    List<UUID> caseIds =
        jdbc
            .queryForList(
                "SELECT case_id FROM received_case WHERE bundle_id = ? ORDER BY case_id",
                String.class,
                bundleId.toString())
            .stream()
            .map(UUID::fromString)
            .toList();
    return Optional.of(new StoreResult(true, sha.get(0), caseIds, 0));
  }

  @Override
  public List<StoredAttachment> attachments(UUID caseId) {
    return jdbc.query(
        "SELECT name, media_type, size_bytes, sha256 FROM received_attachment WHERE case_id = ?"
            + " ORDER BY name",
        (rs, i) ->
            new StoredAttachment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
        caseId.toString());
  }

  @Override
  public Optional<byte[]> attachmentData(UUID caseId, String name) {
    return jdbc
        .query(
            "SELECT data FROM received_attachment WHERE case_id = ? AND name = ?",
            (rs, i) -> rs.getBytes(1),
            caseId.toString(),
            name)
        .stream()
        .findFirst();
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

  @Override
  public Optional<ReceivedCase> findByNumber(String caseNumber) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM received_case WHERE case_number = ?",
            JdbcReceivedCases::row,
            caseNumber)
        .stream()
        .findFirst();
  }

  @Override
  public List<ReceivedCase> supplementsTo(String caseNumber) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM received_case WHERE supplement_to = ? ORDER BY captured_at, case_number",
        JdbcReceivedCases::row,
        caseNumber);
  }

  @Override
  public Found search(InboxFilter filter, int page, int pageSize) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (present(filter.text())) {
      String typed = filter.text().strip();
      where.append(
          " AND (UPPER(case_number) LIKE ? ESCAPE '\\' OR search_name LIKE ? ESCAPE '\\')");
      args.add("%" + like(typed.toUpperCase(java.util.Locale.ROOT)) + "%");
      args.add("%" + like(SearchNames.query(typed)) + "%");
    }
    equal(where, args, "form_id", filter.formId());
    equal(where, args, "kit_id", filter.kitId());
    equal(where, args, "clerk", filter.clerk());
    equal(where, args, "status", filter.status());
    if (filter.receivedFrom() != null) {
      where.append(" AND received_at >= ?");
      args.add(StoredTime.format(filter.receivedFrom().atStartOfDay(TOWN_HALL).toInstant()));
    }
    if (filter.receivedTo() != null) {
      where.append(" AND received_at < ?");
      args.add(
          StoredTime.format(filter.receivedTo().plusDays(1).atStartOfDay(TOWN_HALL).toInstant()));
    }
    Integer total =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM received_case" + where, Integer.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(pageSize);
    pageArgs.add((long) Math.max(0, page) * pageSize);
    List<ReceivedCase> cases =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM received_case"
                + where
                + " ORDER BY received_at DESC, case_number LIMIT ? OFFSET ?",
            JdbcReceivedCases::row,
            pageArgs.toArray());
    return new Found(cases, total == null ? 0 : total, page, pageSize);
  }

  @Override
  public Choices choices() {
    return new Choices(
        jdbc.queryForList(
            "SELECT DISTINCT kit_id FROM received_case ORDER BY kit_id", String.class),
        jdbc.queryForList("SELECT DISTINCT clerk FROM received_case ORDER BY clerk", String.class));
  }

  /** Cases stored before the search column existed get their search key (once, at start). */
  @EventListener(ApplicationReadyEvent.class)
  public void fillSearchNames() {
    jdbc.query(
            "SELECT case_id, fields_json FROM received_case WHERE search_name IS NULL",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
        .forEach(
            r ->
                jdbc.update(
                    "UPDATE received_case SET search_name = ? WHERE case_id = ?",
                    SearchNames.of(WireJson.readFields(r[1])),
                    r[0]));
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static void equal(StringBuilder where, List<Object> args, String column, String value) {
    if (present(value)) {
      where.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }

  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
        WireJson.readFields(rs.getString("fields_json")),
        identity(rs.getString("identity_check")),
        rs.getString("supplement_to"));
  }

  private static String identityJson(IdentityCheck check) {
    try {
      return check == null ? null : WireJson.mapper().writeValueAsString(check);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("identity check cannot be written", e);
    }
  }

  private static IdentityCheck identity(String json) {
    try {
      return json == null ? null : WireJson.mapper().readValue(json, IdentityCheck.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored identity check is not valid", e);
    }
  }
}
