package de.buergerkoffer.hub.visits;

import de.buergerkoffer.bundle.VisitPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A visit the town hall planned: which kit goes to which resident on which day, and for which
 * services. It names a resident, so it is kept only for a retention period after its day.
 *
 * @param time the agreed time as written ("10:30", "vormittags"), may be empty
 * @param formIds the services (form ids of the catalog)
 * @param note a hint for the clerk, may be empty
 */
public record Visit(
    UUID visitId,
    String kitId,
    LocalDate day,
    String time,
    String residentName,
    String address,
    List<String> formIds,
    String note) {

  public Visit {
    Objects.requireNonNull(visitId, "visitId");
    Objects.requireNonNull(kitId, "kitId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(residentName, "residentName");
    time = time == null ? "" : time;
    address = address == null ? "" : address;
    note = note == null ? "" : note;
    formIds = List.copyOf(formIds);
  }

  /** The visit as the kit receives it in its plan. */
  public VisitPlan.PlannedVisit planned() {
    return new VisitPlan.PlannedVisit(visitId, day, time, residentName, address, formIds, note);
  }
}
