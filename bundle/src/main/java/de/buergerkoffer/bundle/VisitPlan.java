package de.buergerkoffer.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The visits the town hall planned for one kit, from today on: sealed to the kit ({@link
 * HubSigned#sealFor}, it names residents and their addresses) and retained on {@link
 * Topics#visitPlan(String)}. A newer plan replaces the older one as a whole; a kit ignores a plan
 * whose {@code version} is not higher than the one it holds.
 *
 * @param kitId the kit the plan is for
 * @param version strictly increasing per kit (the hub uses its clock in milliseconds)
 * @param issuedAt when the hub issued it
 * @param visits the planned visits, in the order the hub sorted them (day, then time)
 */
public record VisitPlan(String kitId, long version, Instant issuedAt, List<PlannedVisit> visits) {

  public VisitPlan {
    Objects.requireNonNull(kitId, "kitId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    visits = List.copyOf(visits);
  }

  /**
   * One resident to visit.
   *
   * @param visitId the hub's id of this visit; the kit records it on the cases captured for it
   * @param day the day of the visit
   * @param time the agreed time as the town hall wrote it ("10:30", "vormittags"), may be empty
   * @param residentName the resident's name as the town hall knows it
   * @param address where the resident lives
   * @param formIds the services the resident asked for (form ids of the catalog)
   * @param note a hint for the clerk ("klingeln bei Nachbarin"), may be empty
   */
  public record PlannedVisit(
      UUID visitId,
      LocalDate day,
      String time,
      String residentName,
      String address,
      List<String> formIds,
      String note) {
    public PlannedVisit {
      Objects.requireNonNull(visitId, "visitId");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(residentName, "residentName");
      time = time == null ? "" : time;
      address = address == null ? "" : address;
      note = note == null ? "" : note;
      formIds = List.copyOf(formIds);
    }
  }
}
