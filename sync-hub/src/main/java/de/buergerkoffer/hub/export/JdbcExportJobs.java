package de.buergerkoffer.hub.export;

import de.buergerkoffer.bundle.StoredTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Export jobs in the hub's database (table {@code export_job}). */
@Repository
class JdbcExportJobs implements ExportJobs {

  private final JdbcTemplate jdbc;

  JdbcExportJobs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(UUID caseId, ExportJob.Target target, String requestedBy, Instant now) {
    jdbc.update(
        "INSERT INTO export_job (case_id, target, state, requested_by, created_at,"
            + " next_attempt_at) VALUES (?, ?, 'PENDING', ?, ?, ?)",
        caseId.toString(),
        target.name(),
        requestedBy,
        StoredTime.format(now),
        StoredTime.format(now));
  }

  @Override
  public List<ExportJob> due(Instant now, int limit) {
    return jdbc.query(
        "SELECT * FROM export_job WHERE state = 'PENDING' AND next_attempt_at <= ?"
            + " ORDER BY next_attempt_at, id LIMIT ?",
        JdbcExportJobs::row,
        StoredTime.format(now),
        limit);
  }

  @Override
  public List<ExportJob> ofCase(UUID caseId) {
    return jdbc.query(
        "SELECT * FROM export_job WHERE case_id = ? ORDER BY id",
        JdbcExportJobs::row,
        caseId.toString());
  }

  @Override
  public void succeeded(long id, Instant at) {
    jdbc.update(
        "UPDATE export_job SET state = 'DONE', attempts = attempts + 1, done_at = ? WHERE id = ?",
        StoredTime.format(at),
        id);
  }

  @Override
  public void failed(long id, String error, Instant nextAttemptAt) {
    if (nextAttemptAt == null) {
      jdbc.update(
          "UPDATE export_job SET state = 'FAILED', attempts = attempts + 1, last_error = ?"
              + " WHERE id = ?",
          error,
          id);
    } else {
      jdbc.update(
          "UPDATE export_job SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
              + " WHERE id = ?",
          error,
          StoredTime.format(nextAttemptAt),
          id);
    }
  }

  private static ExportJob row(ResultSet rs, int i) throws SQLException {
    String done = rs.getString("done_at");
    return new ExportJob(
        rs.getLong("id"),
        UUID.fromString(rs.getString("case_id")),
        ExportJob.Target.valueOf(rs.getString("target")),
        ExportJob.State.valueOf(rs.getString("state")),
        rs.getString("requested_by"),
        Instant.parse(rs.getString("created_at")),
        rs.getInt("attempts"),
        Instant.parse(rs.getString("next_attempt_at")),
        rs.getString("last_error"),
        done == null ? null : Instant.parse(done));
  }
}
