package de.buergerkoffer.hub.export;

import java.time.Instant;
import java.util.UUID;

/**
 * One export of a case to one target.
 *
 * @param target {@link Target}
 * @param attempts failed and successful attempts so far
 * @param lastError why the last failed attempt failed (kept after a later success), empty if none
 * @param doneAt when it succeeded, or null
 */
public record ExportJob(
    long id,
    UUID caseId,
    Target target,
    State state,
    String requestedBy,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant doneAt) {

  /** Where a case goes. */
  public enum Target {
    /** PDF + JSON into the drop folder. */
    DROP,
    /** JSON notification POSTed to the process platform. */
    WEBHOOK
  }

  /** Where a job stands. */
  public enum State {
    PENDING,
    DONE,
    FAILED
  }
}
