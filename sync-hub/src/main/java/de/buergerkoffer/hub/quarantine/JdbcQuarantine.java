package de.buergerkoffer.hub.quarantine;

import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.StoredTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The quarantine in the hub's SQLite database. */
@Repository
class JdbcQuarantine implements Quarantine {

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
        "SELECT received_at, topic_kit_id, bundle_id, sha256, size_bytes, reason, detail"
            + " FROM quarantined_bundle ORDER BY id DESC LIMIT ?",
        (rs, i) ->
            new QuarantinedBundle(
                Instant.parse(rs.getString(1)),
                rs.getString(2),
                rs.getString(3) == null ? null : UUID.fromString(rs.getString(3)),
                rs.getString(4),
                rs.getLong(5),
                RejectReason.valueOf(rs.getString(6)),
                rs.getString(7),
                new byte[0]),
        limit);
  }
}
