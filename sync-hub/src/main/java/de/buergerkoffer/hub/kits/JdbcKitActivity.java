package de.buergerkoffer.hub.kits;

import de.buergerkoffer.bundle.crypto.Pki;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Per-kit figures from the hub's database (chunk store, received cases, certificates). */
@Repository
class JdbcKitActivity implements KitActivity {

  private final JdbcTemplate jdbc;

  JdbcKitActivity(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Long> pendingBytes() {
    Map<String, Long> result = new HashMap<>();
    jdbc.query(
        "SELECT t.kit_id, COALESCE(SUM(LENGTH(c.data)), 0) FROM transfer t"
            + " LEFT JOIN transfer_chunk c ON c.bundle_id = t.bundle_id GROUP BY t.kit_id",
        rs -> {
          result.put(rs.getString(1), rs.getLong(2));
        });
    return result;
  }

  @Override
  public Map<String, Integer> casesReceived() {
    Map<String, Integer> result = new HashMap<>();
    jdbc.query(
        "SELECT kit_id, COUNT(*) FROM received_case GROUP BY kit_id",
        rs -> {
          result.put(rs.getString(1), rs.getInt(2));
        });
    return result;
  }

  @Override
  public Map<String, Instant> certificateExpiry() {
    Map<String, Instant> result = new HashMap<>();
    jdbc.query(
        "SELECT kit_id, certificate_pem FROM kit",
        rs -> {
          result.put(
              rs.getString(1), Pki.certificateFromPem(rs.getString(2)).getNotAfter().toInstant());
        });
    return result;
  }
}
