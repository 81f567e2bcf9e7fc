package de.buergerkoffer.hub.visits;

import java.time.LocalDate;
import java.util.List;

/**
 * What a case worker enters for a visit, before it is checked. Fields may be null or blank; {@link
 * VisitPlanning} says what is missing.
 */
public record VisitDraft(
    LocalDate day,
    String time,
    String residentName,
    String address,
    List<String> formIds,
    String note) {

  public VisitDraft {
    time = trim(time);
    residentName = trim(residentName);
    address = trim(address);
    note = trim(note);
    formIds = formIds == null ? List.of() : List.copyOf(formIds);
  }

  /** The draft of an existing visit, for editing it. */
  public static VisitDraft of(Visit visit) {
    return new VisitDraft(
        visit.day(),
        visit.time(),
        visit.residentName(),
        visit.address(),
        visit.formIds(),
        visit.note());
  }

  private static String trim(String text) {
    return text == null ? "" : text.strip();
  }
}
