package de.buergerkoffer.kit.downlink;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.kit.protection.DataProtection;
import de.buergerkoffer.kit.protection.ProtectedColumn;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest message of each kind the hub sent down, encrypted at rest, with its version.
 * {@link #saveIfNewer} is the one place that enforces "ignore versions not higher than the stored
 * one", atomically (one conditional statement).
 */
@Component
public class DownlinkStore {

  private final JdbcTemplate jdbc;
  private final DataProtection protection;
  private final Clock clock;

  public DownlinkStore(JdbcTemplate jdbc, DataProtection protection, Clock clock) {
    this.jdbc = jdbc;
    this.protection = protection;
    this.clock = clock;
  }

  /** A stored message: its version and its JSON. */
  public record Stored(long version, byte[] json) {}

  /**
   * Stores the message unless one of at least this version is stored.
   *
   * @return true when stored
   */
  public synchronized boolean saveIfNewer(String name, long version, byte[] json) {
    Optional<Long> current = version(name);
    if (current.isPresent() && current.get() >= version) {
      return false;
    }
    byte[] encrypted = protection.encrypt(ProtectedColumn.DOWNLINK_DATA, json, name);
    String now = StoredTime.format(clock.instant());
    jdbc.update(
        "INSERT INTO downlink_state (name, version, received_at, data) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET version = excluded.version,"
            + " received_at = excluded.received_at, data = excluded.data"
            + " WHERE excluded.version > downlink_state.version",
        name,
        version,
        now,
        encrypted);
    return true;
  }

  /** The stored version of a message kind. */
  public Optional<Long> version(String name) {
    List<Long> versions =
        jdbc.queryForList("SELECT version FROM downlink_state WHERE name = ?", Long.class, name);
    return versions.stream().findFirst();
  }

  /** The stored message of a kind, decrypted. */
  public Optional<Stored> load(String name) {
    return jdbc
        .query(
            "SELECT version, data FROM downlink_state WHERE name = ?",
            (rs, i) ->
                new Stored(
                    rs.getLong(1),
                    protection.decrypt(ProtectedColumn.DOWNLINK_DATA, rs.getBytes(2), name)),
            name)
        .stream()
        .findFirst();
  }
}
