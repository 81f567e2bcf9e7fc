package de.buergerkoffer.hub.workflow;

import de.buergerkoffer.bundle.CaseStatusBoard;
import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import de.buergerkoffer.bundle.StoredTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Case states in {@code received_case} and their history in {@code case_event}. */
@Repository
class JdbcCaseStates implements CaseStates {

  private final JdbcTemplate jdbc;

  JdbcCaseStates(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Current> current(UUID caseId) {
    return jdbc
        .query(
            "SELECT case_number, kit_id, status FROM received_case WHERE case_id = ?",
            (rs, i) ->
                new Current(
                    caseId, rs.getString(1), rs.getString(2), WorkStatus.valueOf(rs.getString(3))),
            caseId.toString())
        .stream()
        .findFirst();
  }

  @Override
  @Transactional
  public boolean change(UUID caseId, WorkStatus expected, CaseEvent event) {
    int changed =
        jdbc.update(
            "UPDATE received_case SET status = ?, status_note = ?, status_changed_at = ?"
                + " WHERE case_id = ? AND status = ?",
            event.status().name(),
            event.note(),
            StoredTime.format(event.at()),
            caseId.toString(),
            expected.name());
    if (changed == 0) {
      return false;
    }
    note(caseId, event);
    return true;
  }

  @Override
  public void note(UUID caseId, CaseEvent event) {
    jdbc.update(
        "INSERT INTO case_event (case_id, at, actor, kind, status, note) VALUES (?, ?, ?, ?, ?, ?)",
        caseId.toString(),
        StoredTime.format(event.at()),
        event.actor(),
        event.kind(),
        event.status() == null ? null : event.status().name(),
        event.note());
  }

  @Override
  public List<CaseEvent> history(UUID caseId) {
    return jdbc.query(
        "SELECT at, actor, kind, status, note FROM case_event WHERE case_id = ? ORDER BY id",
        (rs, i) ->
            new CaseEvent(
                Instant.parse(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4) == null ? null : WorkStatus.valueOf(rs.getString(4)),
                rs.getString(5)),
        caseId.toString());
  }

  @Override
  public List<CaseStatusBoard.Entry> boardEntries(String kitId, Instant changedSince) {
    return jdbc.query(
        "SELECT case_id, case_number, status, status_note, status_changed_at FROM received_case"
            + " WHERE kit_id = ? AND (status NOT IN ('DONE', 'REJECTED') OR status_changed_at >= ?)"
            + " ORDER BY case_number",
        (rs, i) ->
            new CaseStatusBoard.Entry(
                UUID.fromString(rs.getString(1)),
                rs.getString(2),
                WorkStatus.valueOf(rs.getString(3)),
                rs.getString(4),
                Instant.parse(rs.getString(5))),
        kitId,
        StoredTime.format(changedSince));
  }

  @Override
  public List<String> kits() {
    return jdbc.queryForList(
        "SELECT DISTINCT kit_id FROM received_case ORDER BY kit_id", String.class);
  }
}
