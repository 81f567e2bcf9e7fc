package de.buergerkoffer.hub.clerks;

import de.buergerkoffer.bundle.StoredTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Clerk accounts in the hub's database (tables {@code clerk}, {@code clerk_kit}). */
@Repository
class JdbcClerkStore implements ClerkStore {

  private final JdbcTemplate jdbc;

  JdbcClerkStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ClerkAccount> all() {
    return jdbc.query("SELECT * FROM clerk ORDER BY username", this::row);
  }

  @Override
  public Optional<ClerkAccount> find(String username) {
    return jdbc.query("SELECT * FROM clerk WHERE username = ?", this::row, username).stream()
        .findFirst();
  }

  @Override
  @Transactional
  public boolean insert(ClerkAccount a) {
    int added =
        jdbc.update(
            "INSERT INTO clerk (username, display_name, pin_hash, active, all_kits,"
                + " created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            a.username(),
            a.displayName(),
            a.pinHash(),
            a.active() ? 1 : 0,
            a.allKits() ? 1 : 0,
            StoredTime.format(a.createdAt()),
            StoredTime.format(a.changedAt()));
    if (added == 1) {
      writeKits(a);
    }
    return added == 1;
  }

  @Override
  @Transactional
  public void update(ClerkAccount a) {
    jdbc.update(
        "UPDATE clerk SET display_name = ?, pin_hash = ?, active = ?, all_kits = ?, changed_at = ?"
            + " WHERE username = ?",
        a.displayName(),
        a.pinHash(),
        a.active() ? 1 : 0,
        a.allKits() ? 1 : 0,
        StoredTime.format(a.changedAt()),
        a.username());
    jdbc.update("DELETE FROM clerk_kit WHERE username = ?", a.username());
    writeKits(a);
  }

  private void writeKits(ClerkAccount a) {
    for (String kit : a.kits()) {
      jdbc.update(
          "INSERT INTO clerk_kit (username, kit_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
          a.username(),
          kit);
    }
  }

  /**
   * One statement decides and writes the version, so two concurrent calls cannot both build on the
   * same last version (on PostgreSQL the row stays locked until the commit).
   */
  @Override
  @Transactional
  public long nextRosterVersion(String kitId, long atLeast) {
    jdbc.update(
        "INSERT INTO clerk_roster_version (kit_id, version) VALUES (?, ?)"
            + " ON CONFLICT (kit_id) DO UPDATE SET version = CASE"
            + " WHEN excluded.version > clerk_roster_version.version THEN excluded.version"
            + " ELSE clerk_roster_version.version + 1 END",
        kitId,
        atLeast);
    return jdbc.queryForObject(
        "SELECT version FROM clerk_roster_version WHERE kit_id = ?", Long.class, kitId);
  }

  private ClerkAccount row(ResultSet rs, int i) throws SQLException {
    String username = rs.getString("username");
    return new ClerkAccount(
        username,
        rs.getString("display_name"),
        rs.getString("pin_hash"),
        rs.getInt("active") == 1,
        rs.getInt("all_kits") == 1,
        jdbc.queryForList(
            "SELECT kit_id FROM clerk_kit WHERE username = ? ORDER BY kit_id",
            String.class,
            username),
        Instant.parse(rs.getString("created_at")),
        Instant.parse(rs.getString("changed_at")));
  }
}
