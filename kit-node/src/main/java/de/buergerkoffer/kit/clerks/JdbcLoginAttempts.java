package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.StoredTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Login failures in the kit's SQLite database (table {@code clerk_login_failure}). */
final class JdbcLoginAttempts implements LoginAttempts {

  private final JdbcTemplate jdbc;

  JdbcLoginAttempts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<State> state(String username) {
    return jdbc
        .query(
            "SELECT failures, locked_until FROM clerk_login_failure WHERE username = ?",
            (rs, i) -> {
              String until = rs.getString("locked_until");
              return new State(rs.getInt("failures"), until == null ? null : Instant.parse(until));
            },
            username)
        .stream()
        .findFirst();
  }

  @Override
  public void save(String username, State state) {
    jdbc.update(
        "INSERT INTO clerk_login_failure (username, failures, locked_until) VALUES (?, ?, ?)"
            + " ON CONFLICT (username) DO UPDATE SET failures = excluded.failures,"
            + " locked_until = excluded.locked_until",
        username,
        state.failures(),
        state.lockedUntil() == null ? null : StoredTime.format(state.lockedUntil()));
  }

  @Override
  public void clear(String username) {
    jdbc.update("DELETE FROM clerk_login_failure WHERE username = ?", username);
  }
}
