package de.buergerkoffer.kit.web;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model of the transfer for the sync page: per case its bundle, its size in bytes, how often
 * it was sent and whether the town hall confirmed it. Reads the outbox directly; changes nothing.
 */
@Component
class SyncProgress {

  private final JdbcTemplate jdbc;

  SyncProgress(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One case in the outbox.
   *
   * @param stage WAITING (not sealed yet), SEALED (not sent), SENT (awaiting the ack), CONFIRMED
   * @param bytes size of the sealed bundle, 0 before sealing
   */
  record Row(
      String caseNumber,
      String formId,
      String bundleId,
      long bytes,
      int attempts,
      Instant lastSentAt,
      String stage) {}

  /**
   * Totals.
   *
   * @param bundles bundles not yet confirmed
   * @param bytesWaiting bytes of those bundles
   * @param bytesSent bytes of those handed to the broker at least once
   */
  record Totals(int bundles, long bytesWaiting, long bytesSent) {}

  /** Cases not yet confirmed, and the last ten confirmed, oldest first. */
  List<Row> rows() {
    return jdbc.query(
        "SELECT * FROM (SELECT c.case_number, c.form_id, o.bundle_id, COALESCE(length(o.sealed), 0)"
            + " AS bytes, o.attempts, o.last_sent_at, o.done_at, o.enqueued_at FROM outbox o"
            + " JOIN captured_case c ON c.case_id = o.case_id WHERE o.done_at IS NULL"
            + " UNION ALL SELECT * FROM (SELECT c.case_number, c.form_id, o.bundle_id,"
            + " COALESCE(length(o.sealed), 0), o.attempts, o.last_sent_at, o.done_at,"
            + " o.enqueued_at FROM outbox o JOIN captured_case c ON c.case_id = o.case_id"
            + " WHERE o.done_at IS NOT NULL ORDER BY o.done_at DESC LIMIT 10))"
            + " ORDER BY enqueued_at",
        (rs, i) -> {
          String sent = rs.getString("last_sent_at");
          String stage =
              rs.getString("done_at") != null
                  ? "CONFIRMED"
                  : sent != null
                      ? "SENT"
                      : rs.getString("bundle_id") != null ? "SEALED" : "WAITING";
          return new Row(
              rs.getString("case_number"),
              rs.getString("form_id"),
              rs.getString("bundle_id"),
              rs.getLong("bytes"),
              rs.getInt("attempts"),
              sent == null ? null : Instant.parse(sent),
              stage);
        });
  }

  Totals totals(List<Row> rows) {
    List<Row> open = rows.stream().filter(r -> !"CONFIRMED".equals(r.stage())).toList();
    return new Totals(
        open.size(),
        open.stream().mapToLong(Row::bytes).sum(),
        open.stream().filter(r -> "SENT".equals(r.stage())).mapToLong(Row::bytes).sum());
  }
}
