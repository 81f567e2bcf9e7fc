package de.buergerkoffer.hub.visits;

import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.kits.KitRecord;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plans the visits of the kits and keeps each kit's visit plan current: after every change the
 * kit's plan (all its visits from today on) is issued with a new, strictly higher version and
 * published, sealed to the kit. Visits of past days drop out of the plan at once and are deleted a
 * retention period after their day (data minimisation).
 *
 * <p>Rules: a visit needs a resident's name, a day not in the past, at least one service, and only
 * services of the current catalog; it is planned for an enrolled kit that is not revoked. Plain
 * Java: store, publisher and audit log are handed in.
 */
public final class VisitPlanning {

  static final int MAX_NAME = 200;
  static final int MAX_ADDRESS = 300;
  static final int MAX_TIME = 40;
  static final int MAX_NOTE = 500;

  private final VisitStore store;
  private final FormCatalog catalog;
  private final KitRegistry kits;
  private final VisitPublisher publisher;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration retention;

  public VisitPlanning(
      VisitStore store,
      FormCatalog catalog,
      KitRegistry kits,
      VisitPublisher publisher,
      AuditLog audit,
      Clock clock,
      ZoneId zone,
      Duration retention) {
    this.store = store;
    this.catalog = catalog;
    this.kits = kits;
    this.publisher = publisher;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
    this.retention = retention;
  }

  /** Today in the town hall's time zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /** The kits a visit can be planned for: enrolled and not revoked. */
  public List<KitRecord> plannableKits() {
    return kits.all().stream().filter(k -> !k.revoked()).toList();
  }

  /** The services a visit can be planned for: the current form of each catalog service. */
  public List<FormDefinition> services() {
    return catalog.current();
  }

  /**
   * Plans a visit and publishes the kit's new plan.
   *
   * @throws VisitRejected when the draft breaks a rule
   */
  public Visit add(String kitId, VisitDraft draft, String actor) {
    check(kitId, draft);
    Visit visit = visit(UUID.randomUUID(), kitId, draft);
    store.save(visit, clock.instant());
    audit.record(actor, AuditAction.VISIT_PLAN, kitId, "added visit " + visit.visitId());
    publish(kitId);
    return visit;
  }

  /**
   * Changes a visit (it stays with its kit) and publishes the kit's new plan.
   *
   * @throws VisitRejected when the draft breaks a rule
   * @throws java.util.NoSuchElementException when there is no such visit
   */
  public Visit update(UUID visitId, VisitDraft draft, String actor) {
    Visit old = store.find(visitId).orElseThrow();
    check(old.kitId(), draft);
    Visit visit = visit(visitId, old.kitId(), draft);
    store.save(visit, clock.instant());
    audit.record(actor, AuditAction.VISIT_PLAN, old.kitId(), "changed visit " + visitId);
    publish(old.kitId());
    return visit;
  }

  /**
   * Removes a visit and publishes the kit's new plan.
   *
   * @return false when there was no such visit
   */
  public boolean remove(UUID visitId, String actor) {
    Optional<Visit> old = store.find(visitId);
    if (old.isEmpty() || !store.delete(visitId)) {
      return false;
    }
    audit.record(actor, AuditAction.VISIT_PLAN, old.get().kitId(), "removed visit " + visitId);
    publish(old.get().kitId());
    return true;
  }

  public Optional<Visit> find(UUID visitId) {
    return store.find(visitId);
  }

  /** The kit's visits on one day, by time. */
  public List<Visit> onDay(String kitId, LocalDate day) {
    return store.forKitFrom(kitId, day).stream().filter(v -> v.day().equals(day)).toList();
  }

  /** The kit's visits from today on: what its plan holds. */
  public List<Visit> upcoming(String kitId) {
    return store.forKitFrom(kitId, today());
  }

  /** The last plan issued for the kit, if any. */
  public Optional<VisitStore.IssuedPlan> lastIssued(String kitId) {
    return store.lastIssued(kitId);
  }

  /**
   * Issues the kit's plan with a new version and hands it to the publisher.
   *
   * @return the plan, whether or not the broker took it now
   */
  public VisitPlan publish(String kitId) {
    Instant now = clock.instant();
    List<Visit> visits = upcoming(kitId);
    long version = store.issue(kitId, now.toEpochMilli(), now, visits.size());
    VisitPlan plan =
        new VisitPlan(kitId, version, now, visits.stream().map(Visit::planned).toList());
    if (kits.isRevoked(kitId)) {
      return plan;
    }
    if (publisher.publish(plan)) {
      store.published(kitId, version);
    }
    return plan;
  }

  /** Publishes the plan of every kit that ever had one and is not revoked (broker connected). */
  public void republishAll() {
    for (String kitId : store.plannedKits()) {
      if (!kits.isRevoked(kitId)) {
        publish(kitId);
      }
    }
  }

  /** A kit's plan again, e.g. after its certificate changed; only if it ever had one. */
  public void republish(String kitId) {
    if (store.plannedKits().contains(kitId)) {
      publish(kitId);
    }
  }

  /**
   * Deletes visits whose day lies more than the retention before today.
   *
   * @return how many were deleted
   */
  public int purge() {
    LocalDate keepFrom = today().minusDays(retention.toDays());
    int deleted = store.deleteBefore(keepFrom);
    if (deleted > 0) {
      audit.record("system", AuditAction.VISIT_PLAN, "", "purged visits=" + deleted);
    }
    return deleted;
  }

  private Visit visit(UUID visitId, String kitId, VisitDraft d) {
    return new Visit(
        visitId, kitId, d.day(), d.time(), d.residentName(), d.address(), d.formIds(), d.note());
  }

  private void check(String kitId, VisitDraft draft) {
    List<VisitRejected.Problem> problems = new ArrayList<>();
    Optional<KitRecord> kit = kitId == null ? Optional.empty() : kits.find(kitId);
    if (kit.isEmpty()) {
      problems.add(
          new VisitRejected.Problem(
              "kitId", "kitUnknown", "", "Bitte einen angemeldeten Koffer wählen."));
    } else if (kit.get().revoked()) {
      problems.add(
          new VisitRejected.Problem(
              "kitId", "kitRevoked", "", "Dieser Koffer ist gesperrt und erhält keine Pläne."));
    }
    if (draft.residentName().isEmpty()) {
      problems.add(
          new VisitRejected.Problem("residentName", "nameMissing", "", "Bitte den Namen angeben."));
    }
    if (draft.day() == null) {
      problems.add(new VisitRejected.Problem("day", "dayMissing", "", "Bitte den Tag angeben."));
    } else if (draft.day().isBefore(today())) {
      problems.add(
          new VisitRejected.Problem("day", "dayPast", "", "Der Tag liegt in der Vergangenheit."));
    }
    if (draft.formIds().isEmpty()) {
      problems.add(
          new VisitRejected.Problem(
              "formIds", "noService", "", "Bitte mindestens eine Leistung wählen."));
    }
    Set<String> known =
        catalog.current().stream().map(FormDefinition::id).collect(Collectors.toSet());
    for (String formId : draft.formIds()) {
      if (!known.contains(formId)) {
        problems.add(
            new VisitRejected.Problem(
                "formIds", "unknownService", formId, "Unbekannte Leistung: " + formId + "."));
      }
    }
    tooLong(problems, "residentName", draft.residentName(), MAX_NAME);
    tooLong(problems, "address", draft.address(), MAX_ADDRESS);
    tooLong(problems, "time", draft.time(), MAX_TIME);
    tooLong(problems, "note", draft.note(), MAX_NOTE);
    if (!problems.isEmpty()) {
      throw new VisitRejected(problems);
    }
  }

  private static void tooLong(
      List<VisitRejected.Problem> problems, String field, String value, int max) {
    if (value.length() > max) {
      problems.add(
          new VisitRejected.Problem(
              field,
              "tooLong",
              String.valueOf(max),
              "Höchstens " + max + " Zeichen, bitte kürzen."));
    }
  }
}
