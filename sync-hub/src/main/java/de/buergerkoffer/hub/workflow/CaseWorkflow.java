package de.buergerkoffer.hub.workflow;

import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import de.buergerkoffer.hub.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Changes the work state of cases ({@link CaseTransitions}), keeps the history, audits each change
 * (case number and states, never the note: it may name the resident) and hands the kit id to the
 * status-board publisher so the kit learns of it.
 */
public class CaseWorkflow {

  private final CaseStates states;
  private final AuditLog audit;
  private final Clock clock;
  private final Consumer<String> kitChanged;
  private final Supplier<List<CaseStatusListener>> listeners;

  /**
   * @param kitChanged called with the kit id after each change (publishes the board)
   * @param listeners looked up at each change (they may depend on the workflow), told of each
   *     change after it is stored (e.g. export when done)
   */
  public CaseWorkflow(
      CaseStates states,
      AuditLog audit,
      Clock clock,
      Consumer<String> kitChanged,
      Supplier<List<CaseStatusListener>> listeners) {
    this.states = states;
    this.audit = audit;
    this.clock = clock;
    this.kitChanged = kitChanged;
    this.listeners = listeners;
  }

  /**
   * Moves a case to {@code to}.
   *
   * @throws IllegalArgumentException (German message) for an unknown case, a change the workflow
   *     does not allow, a missing note, or when someone else changed the case meanwhile
   */
  public void change(UUID caseId, WorkStatus to, String note, String actor) {
    CaseStates.Current current =
        states
            .current(caseId)
            .orElseThrow(() -> new IllegalArgumentException("Diesen Vorgang gibt es nicht."));
    String cleanNote = note == null ? "" : note.strip();
    CaseTransitions.check(current.status(), to, cleanNote);
    CaseEvent event = new CaseEvent(clock.instant(), actor, "STATUS", to, cleanNote);
    if (!states.change(caseId, current.status(), event)) {
      throw new IllegalArgumentException(
          "Der Vorgang wurde inzwischen geändert. Bitte die Seite neu laden.");
    }
    audit.record(actor, "CASE_STATUS", current.caseNumber(), current.status() + "->" + to);
    kitChanged.accept(current.kitId());
    CaseStates.Current now =
        new CaseStates.Current(caseId, current.caseNumber(), current.kitId(), to);
    listeners.get().forEach(l -> l.statusChanged(now));
  }

  public List<CaseEvent> history(UUID caseId) {
    return states.history(caseId);
  }
}
