package de.buergerkoffer.hub.quarantine;

import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.StoredTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The quarantine in the hub's database. */
@Repository
class JdbcQuarantine implements Quarantine {

  private static final String COLUMNS =
      "id, received_at, topic_kit_id, bundle_id, sha256, size_bytes, reason, detail, state,"
          + " resolved_at, resolved_by, resolution";

  private final JdbcTemplate jdbc;

  JdbcQuarantine(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void hold(QuarantinedBundle b) {
    jdbc.update(
        "INSERT INTO quarantined_bundle"
            + " (received_at, topic_kit_id, bundle_id, sha256, size_bytes, reason, detail, raw)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        StoredTime.format(b.receivedAt()),
        b.topicKitId(),
        b.bundleId() == null ? null : b.bundleId().toString(),
        b.sha256(),
        b.sizeBytes(),
        b.reason().name(),
        b.detail(),
        b.raw());
  }

  @Override
  public List<QuarantinedBundle> recent(int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM quarantined_bundle ORDER BY id DESC LIMIT ?",
        (rs, i) -> bundle(rs),
        limit);
  }

  @Override
  public List<QuarantineEntry> entries(QuarantineEntry.State state, int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM quarantined_bundle WHERE state = ? ORDER BY id DESC LIMIT ?",
        JdbcQuarantine::entry,
        state.name(),
        limit);
  }

  @Override
  public Optional<QuarantineEntry> find(long id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM quarantined_bundle WHERE id = ?",
            JdbcQuarantine::entry,
            id)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<byte[]> raw(long id) {
    return jdbc
        .query("SELECT raw FROM quarantined_bundle WHERE id = ?", (rs, i) -> rs.getBytes(1), id)
        .stream()
        .findFirst();
  }

  @Override
  public int countOpen() {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM quarantined_bundle WHERE state = 'OPEN'", Integer.class);
    return n == null ? 0 : n;
  }

  @Override
  public boolean resolve(
      long id, QuarantineEntry.State state, Instant at, String by, String resolution) {
    return jdbc.update(
            "UPDATE quarantined_bundle SET state = ?, resolved_at = ?, resolved_by = ?,"
                + " resolution = ? WHERE id = ? AND state = 'OPEN'",
            state.name(),
            StoredTime.format(at),
            by,
            resolution,
            id)
        == 1;
  }

  @Override
  public void updateReason(long id, RejectReason reason, String detail) {
    jdbc.update(
        "UPDATE quarantined_bundle SET reason = ?, detail = ? WHERE id = ? AND state = 'OPEN'",
        reason.name(),
        detail,
        id);
  }

  private static QuarantineEntry entry(ResultSet rs, int i) throws SQLException {
    String resolvedAt = rs.getString("resolved_at");
    return new QuarantineEntry(
        rs.getLong("id"),
        bundle(rs),
        QuarantineEntry.State.valueOf(rs.getString("state")),
        resolvedAt == null ? null : Instant.parse(resolvedAt),
        rs.getString("resolved_by"),
        rs.getString("resolution"));
  }

  private static QuarantinedBundle bundle(ResultSet rs) throws SQLException {
    String bundleId = rs.getString("bundle_id");
    return new QuarantinedBundle(
        Instant.parse(rs.getString("received_at")),
        rs.getString("topic_kit_id"),
        bundleId == null ? null : UUID.fromString(bundleId),
        rs.getString("sha256"),
        rs.getLong("size_bytes"),
        RejectReason.valueOf(rs.getString("reason")),
        rs.getString("detail"),
        new byte[0]);
  }
}
