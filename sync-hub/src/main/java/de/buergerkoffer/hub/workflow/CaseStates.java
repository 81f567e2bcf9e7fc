package de.buergerkoffer.hub.workflow;

import de.buergerkoffer.bundle.CaseStatusBoard;
import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The store of case states and their history. */
public interface CaseStates {

  /**
   * The current state of a case.
   *
   * @param kitId the kit that brought it in
   */
  record Current(UUID caseId, String caseNumber, String kitId, WorkStatus status) {}

  Optional<Current> current(UUID caseId);

  /**
   * Sets the state and appends the event, in one transaction, only if the case is still in {@code
   * expected} (two case workers clicking at once).
   *
   * @return false when the state had changed meanwhile
   */
  boolean change(UUID caseId, WorkStatus expected, CaseEvent event);

  /** Appends an event that does not change the state (an export). */
  void note(UUID caseId, CaseEvent event);

  List<CaseEvent> history(UUID caseId);

  /** The board entries of a kit: cases not finished, or changed since {@code changedSince}. */
  List<CaseStatusBoard.Entry> boardEntries(String kitId, Instant changedSince);

  /** Kits that have cases at the hub. */
  List<String> kits();
}
