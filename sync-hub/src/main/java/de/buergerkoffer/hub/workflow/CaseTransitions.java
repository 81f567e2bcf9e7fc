package de.buergerkoffer.hub.workflow;

import static de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus.DONE;
import static de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus.IN_PROGRESS;
import static de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus.QUERY;
import static de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus.RECEIVED;
import static de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus.REJECTED;

import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The case workflow: eingegangen → in Bearbeitung → Rückfrage ↔ in Bearbeitung → erledigt /
 * abgelehnt. A case can be queried or rejected straight from the inbox, and a finished case can be
 * reopened. A note is required where the resident has to be told something (Rückfrage, Ablehnung)
 * and when a finished case is reopened (why).
 */
public final class CaseTransitions {

  private static final Map<WorkStatus, Set<WorkStatus>> ALLOWED =
      Map.of(
          RECEIVED, EnumSet.of(IN_PROGRESS, QUERY, REJECTED),
          IN_PROGRESS, EnumSet.of(QUERY, DONE, REJECTED),
          QUERY, EnumSet.of(IN_PROGRESS, DONE, REJECTED),
          DONE, EnumSet.of(IN_PROGRESS),
          REJECTED, EnumSet.of(IN_PROGRESS));

  private CaseTransitions() {}

  /** Where a case can go from {@code from}. */
  public static Set<WorkStatus> from(WorkStatus from) {
    return ALLOWED.get(from);
  }

  /** Whether the change needs a note. */
  public static boolean needsNote(WorkStatus from, WorkStatus to) {
    return to == QUERY || to == REJECTED || finished(from);
  }

  /** Erledigt or abgelehnt. */
  public static boolean finished(WorkStatus status) {
    return status == DONE || status == REJECTED;
  }

  /**
   * Checks a change.
   *
   * @throws IllegalArgumentException with a German message when it is not allowed
   */
  static void check(WorkStatus from, WorkStatus to, String note) {
    if (!ALLOWED.get(from).contains(to)) {
      throw new IllegalArgumentException(
          "Von „" + german(from) + "“ geht es nicht nach „" + german(to) + "“.");
    }
    if (needsNote(from, to) && (note == null || note.isBlank())) {
      throw new IllegalArgumentException(
          "Für „"
              + german(to)
              + "“ ist eine Notiz nötig: sie sagt der Bürgerin oder dem Bürger, worum es geht.");
    }
  }

  static String german(WorkStatus status) {
    return switch (status) {
      case RECEIVED -> "Eingegangen";
      case IN_PROGRESS -> "In Bearbeitung";
      case QUERY -> "Rückfrage";
      case DONE -> "Erledigt";
      case REJECTED -> "Abgelehnt";
    };
  }
}
