package de.buergerkoffer.hub.dashboard;

import de.buergerkoffer.bundle.StoredTime;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads only form id and the two times of received cases, never their field values. */
@Repository
class JdbcDashboardData implements DashboardData {

  private final JdbcTemplate jdbc;

  JdbcDashboardData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<CaseTimes> receivedSince(Instant since) {
    return jdbc.query(
        "SELECT form_id, captured_at, received_at FROM received_case WHERE received_at >= ?",
        (rs, i) ->
            new CaseTimes(
                rs.getString(1), Instant.parse(rs.getString(2)), Instant.parse(rs.getString(3))),
        StoredTime.format(since));
  }
}
