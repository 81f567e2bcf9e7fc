package de.buergerkoffer.hub.visits;

import de.buergerkoffer.bundle.StoredTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Planned visits and issued plan versions in the hub's database. */
@Repository
class JdbcVisitStore implements VisitStore {

  private final JdbcTemplate jdbc;

  JdbcVisitStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void save(Visit v, Instant at) {
    jdbc.update(
        "INSERT INTO visit (visit_id, kit_id, day, time, resident_name, address, form_ids, note,"
            + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (visit_id) DO UPDATE"
            + " SET kit_id = excluded.kit_id, day = excluded.day, time = excluded.time,"
            + " resident_name = excluded.resident_name, address = excluded.address,"
            + " form_ids = excluded.form_ids, note = excluded.note,"
            + " changed_at = excluded.changed_at",
        v.visitId().toString(),
        v.kitId(),
        v.day().toString(),
        v.time(),
        v.residentName(),
        v.address(),
        String.join(",", v.formIds()),
        v.note(),
        StoredTime.format(at));
  }

  @Override
  public Optional<Visit> find(UUID visitId) {
    return jdbc
        .query("SELECT * FROM visit WHERE visit_id = ?", JdbcVisitStore::row, visitId.toString())
        .stream()
        .findFirst();
  }

  @Override
  public boolean delete(UUID visitId) {
    return jdbc.update("DELETE FROM visit WHERE visit_id = ?", visitId.toString()) > 0;
  }

  @Override
  public List<Visit> forKitFrom(String kitId, LocalDate from) {
    return jdbc.query(
        "SELECT * FROM visit WHERE kit_id = ? AND day >= ? ORDER BY day, time, resident_name",
        JdbcVisitStore::row,
        kitId,
        from.toString());
  }

  @Override
  public int deleteBefore(LocalDate day) {
    return jdbc.update("DELETE FROM visit WHERE day < ?", day.toString());
  }

  @Override
  public List<String> plannedKits() {
    return jdbc.queryForList("SELECT kit_id FROM visit_plan ORDER BY kit_id", String.class);
  }

  /** Decides and writes the version in one statement, like the clerk roster's. */
  @Override
  @Transactional
  public long issue(String kitId, long candidate, Instant issuedAt, int visits) {
    jdbc.update(
        "INSERT INTO visit_plan (kit_id, version, issued_at, visits, published)"
            + " VALUES (?, ?, ?, ?, 0) ON CONFLICT (kit_id) DO UPDATE SET version = CASE"
            + " WHEN excluded.version > visit_plan.version THEN excluded.version"
            + " ELSE visit_plan.version + 1 END, issued_at = excluded.issued_at,"
            + " visits = excluded.visits, published = 0",
        kitId,
        candidate,
        StoredTime.format(issuedAt),
        visits);
    return jdbc.queryForObject(
        "SELECT version FROM visit_plan WHERE kit_id = ?", Long.class, kitId);
  }

  @Override
  public void published(String kitId, long version) {
    jdbc.update(
        "UPDATE visit_plan SET published = 1 WHERE kit_id = ? AND version = ?", kitId, version);
  }

  @Override
  public Optional<IssuedPlan> lastIssued(String kitId) {
    return jdbc
        .query(
            "SELECT kit_id, version, issued_at, visits, published FROM visit_plan"
                + " WHERE kit_id = ?",
            (rs, i) ->
                new IssuedPlan(
                    rs.getString(1),
                    rs.getLong(2),
                    Instant.parse(rs.getString(3)),
                    rs.getInt(4),
                    rs.getInt(5) == 1),
            kitId)
        .stream()
        .findFirst();
  }

  private static Visit row(ResultSet rs, int i) throws SQLException {
    String formIds = rs.getString("form_ids");
    return new Visit(
        UUID.fromString(rs.getString("visit_id")),
        rs.getString("kit_id"),
        LocalDate.parse(rs.getString("day")),
        rs.getString("time"),
        rs.getString("resident_name"),
        rs.getString("address"),
        formIds.isEmpty() ? List.of() : Arrays.asList(formIds.split(",")),
        rs.getString("note"));
  }
}
