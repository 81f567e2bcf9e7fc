package de.buergerkoffer.kit.visit;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.kit.protection.DataProtection;
import de.buergerkoffer.kit.protection.ProtectedColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link VisitStore} in SQLite: one row per visit, the visit as JSON encrypted with the kit's data
 * key ({@link ProtectedColumn#VISIT_DATA}, bound to the visit id). A closed visit keeps only its id
 * and times.
 */
final class JdbcVisitStore implements VisitStore {

  private static final byte[] EMPTY = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private final JdbcTemplate jdbc;
  private final DataProtection protection;
  private final Clock clock;

  JdbcVisitStore(JdbcTemplate jdbc, DataProtection protection, Clock clock) {
    this.jdbc = jdbc;
    this.protection = protection;
    this.clock = clock;
  }

  @Override
  public void save(Visit visit) {
    String id = visit.id().toString();
    byte[] data;
    try {
      data =
          protection.encrypt(
              ProtectedColumn.VISIT_DATA, WireJson.mapper().writeValueAsBytes(visit), id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jdbc.update(
        "INSERT INTO kit_visit (visit_id, started_at, updated_at, data) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (visit_id) DO UPDATE SET updated_at = excluded.updated_at,"
            + " data = excluded.data WHERE kit_visit.closed_at IS NULL",
        id,
        StoredTime.format(visit.startedAt()),
        StoredTime.format(clock.instant()),
        data);
  }

  @Override
  public Optional<Visit> find(UUID visitId) {
    return jdbc
        .query(
            "SELECT visit_id, data FROM kit_visit WHERE visit_id = ? AND closed_at IS NULL",
            (rs, i) -> read(rs.getString(1), rs.getBytes(2)),
            visitId.toString())
        .stream()
        .findFirst();
  }

  @Override
  public List<Visit> open() {
    return jdbc.query(
        "SELECT visit_id, data FROM kit_visit WHERE closed_at IS NULL ORDER BY started_at",
        (rs, i) -> read(rs.getString(1), rs.getBytes(2)));
  }

  @Override
  public void close(UUID visitId) {
    String id = visitId.toString();
    jdbc.update(
        "UPDATE kit_visit SET closed_at = ?, updated_at = ?, data = ? WHERE visit_id = ?",
        StoredTime.format(clock.instant()),
        StoredTime.format(clock.instant()),
        protection.encrypt(ProtectedColumn.VISIT_DATA, EMPTY, id),
        id);
  }

  @Override
  public int closeStartedBefore(java.time.Instant cutoff) {
    List<String> old =
        jdbc.queryForList(
            "SELECT visit_id FROM kit_visit WHERE closed_at IS NULL AND started_at < ?",
            String.class,
            StoredTime.format(cutoff));
    old.forEach(id -> close(UUID.fromString(id)));
    return old.size();
  }

  private Visit read(String id, byte[] data) {
    try {
      return WireJson.mapper()
          .readValue(protection.decrypt(ProtectedColumn.VISIT_DATA, data, id), Visit.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
