package de.buergerkoffer.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the town hall stands with the cases one kit brought in, so the clerk can tell the resident
 * at the next visit. Sealed to the kit ({@link HubSigned#sealFor}, notes may name the resident) and
 * retained on {@link Topics#caseStatus(String)}: one message carries the current state of every
 * case of the kit that is still of interest, so a kit that was offline for a week catches up from
 * the single retained message. A kit ignores a board whose {@code version} is not higher than the
 * one it holds.
 *
 * @param kitId the kit the board is for
 * @param version strictly increasing per kit (the hub uses its clock in milliseconds)
 * @param issuedAt when the hub issued it
 * @param entries one entry per case
 */
public record CaseStatusBoard(String kitId, long version, Instant issuedAt, List<Entry> entries) {

  public CaseStatusBoard {
    Objects.requireNonNull(kitId, "kitId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    entries = List.copyOf(entries);
  }

  /**
   * The town hall's work states of a case (Eingegangen, In Bearbeitung, Rückfrage, Erledigt,
   * Abgelehnt).
   */
  public enum WorkStatus {
    /** Eingegangen: stored at the hub, nobody has picked it up yet. */
    RECEIVED,
    /** In Bearbeitung: a case worker is on it. */
    IN_PROGRESS,
    /** Rückfrage: the town hall needs something from the resident; the note says what. */
    QUERY,
    /** Erledigt: done. */
    DONE,
    /** Abgelehnt: refused; the note says why. */
    REJECTED
  }

  /**
   * The state of one case.
   *
   * @param caseId the case's UUID
   * @param caseNumber the case number the resident has on the receipt
   * @param status the current work state
   * @param note the case worker's note for the clerk, may be empty
   * @param changedAt when the state last changed
   */
  public record Entry(
      UUID caseId, String caseNumber, WorkStatus status, String note, Instant changedAt) {
    public Entry {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(caseNumber, "caseNumber");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(changedAt, "changedAt");
      note = note == null ? "" : note;
    }
  }
}
