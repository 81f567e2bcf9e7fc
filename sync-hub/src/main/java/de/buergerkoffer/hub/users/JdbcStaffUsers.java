package de.buergerkoffer.hub.users;

import de.buergerkoffer.bundle.StoredTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Staff accounts in the hub's database (table {@code staff_user}). */
@Repository
class JdbcStaffUsers implements StaffUsers {

  private final JdbcTemplate jdbc;

  JdbcStaffUsers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StaffUser> all() {
    return jdbc.query("SELECT * FROM staff_user ORDER BY username", JdbcStaffUsers::row);
  }

  @Override
  public Optional<StaffUser> find(String username) {
    return jdbc
        .query("SELECT * FROM staff_user WHERE username = ?", JdbcStaffUsers::row, username)
        .stream()
        .findFirst();
  }

  @Override
  public boolean add(StaffUser user) {
    return jdbc.update(
            "INSERT INTO staff_user (username, display_name, password_hash, role, enabled,"
                + " failed_attempts, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)"
                + " ON CONFLICT DO NOTHING",
            user.username(),
            user.displayName(),
            user.passwordHash(),
            user.role().name(),
            user.enabled() ? 1 : 0,
            StoredTime.format(user.createdAt()))
        == 1;
  }

  @Override
  public void setPasswordHash(String username, String passwordHash) {
    jdbc.update(
        "UPDATE staff_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL"
            + " WHERE username = ?",
        passwordHash,
        username);
  }

  @Override
  public void setRole(String username, StaffRole role) {
    jdbc.update("UPDATE staff_user SET role = ? WHERE username = ?", role.name(), username);
  }

  @Override
  public void setEnabled(String username, boolean enabled) {
    jdbc.update("UPDATE staff_user SET enabled = ? WHERE username = ?", enabled ? 1 : 0, username);
  }

  @Override
  public void failedLogin(String username, Instant lockUntil) {
    jdbc.update(
        "UPDATE staff_user SET failed_attempts = failed_attempts + 1,"
            + " locked_until = COALESCE(?, locked_until) WHERE username = ?",
        lockUntil == null ? null : StoredTime.format(lockUntil),
        username);
  }

  @Override
  public void unlock(String username) {
    jdbc.update(
        "UPDATE staff_user SET failed_attempts = 0, locked_until = NULL WHERE username = ?",
        username);
  }

  @Override
  public void loggedIn(String username, Instant at) {
    jdbc.update(
        "UPDATE staff_user SET failed_attempts = 0, locked_until = NULL, last_login_at = ?"
            + " WHERE username = ?",
        StoredTime.format(at),
        username);
  }

  @Override
  public int countEnabled(StaffRole role) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM staff_user WHERE role = ? AND enabled = 1",
            Integer.class,
            role.name());
    return n == null ? 0 : n;
  }

  private static StaffUser row(ResultSet rs, int i) throws SQLException {
    return new StaffUser(
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        StaffRole.valueOf(rs.getString("role")),
        rs.getInt("enabled") == 1,
        rs.getInt("failed_attempts"),
        instant(rs.getString("locked_until")),
        Instant.parse(rs.getString("created_at")),
        instant(rs.getString("last_login_at")));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
