package de.buergerkoffer.hub.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.hub.fakes.FakeKits;
import de.buergerkoffer.hub.fakes.RecordingAudit;
import de.buergerkoffer.hub.fakes.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VisitPlanningTest {

  // 22 Nov 2026, 09:00 in Berlin
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-22T08:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  final SettableClock clock = new SettableClock(MONDAY_MORNING);
  final MemoryVisitStore store = new MemoryVisitStore();
  final FakeKits kits = new FakeKits().enrolled("kit-07", MONDAY_MORNING.minusSeconds(86_400));
  final RecordingAudit audit = new RecordingAudit();
  final List<VisitPlan> published = new ArrayList<>();
  boolean brokerUp = true;
  VisitPlanning planning;

  @BeforeEach
  void setUp() {
    kits.enrolled("kit-08", MONDAY_MORNING);
    planning =
        new VisitPlanning(
            store,
            FormCatalog.builtIn(),
            kits,
            plan -> {
              if (brokerUp) {
                published.add(plan);
              }
              return brokerUp;
            },
            audit,
            clock,
            ZoneId.of("Europe/Berlin"),
            Duration.ofDays(14));
  }

  static VisitDraft draft(LocalDate day, String time, String name, String... formIds) {
    return new VisitDraft(day, time, name, "Hauptstraße 7, 37671 Höxter", List.of(formIds), "");
  }

  VisitPlan lastPlan() {
    return published.get(published.size() - 1);
  }

  @Test
  void addingAVisitPublishesTheKitsWholePlanFromTodayOnSortedByDayAndTime() {
    planning.add("kit-07", draft(TODAY.plusDays(1), "14:00", "Weiß, Anna", "briefwahl"), "ina");
    planning.add(
        "kit-07", draft(TODAY, "10:30", "Müller, Erika", "meldebescheinigung", "briefwahl"), "ina");
    planning.add("kit-08", draft(TODAY, "09:00", "Schulz, Otto", "meldebescheinigung"), "ina");
    planning.add("kit-07", draft(TODAY, "09:15", "Bauer, Karl", "meldebescheinigung"), "ina");

    VisitPlan plan = lastPlan();
    assertThat(plan.kitId()).isEqualTo("kit-07");
    assertThat(plan.visits())
        .extracting(VisitPlan.PlannedVisit::residentName)
        .containsExactly("Bauer, Karl", "Müller, Erika", "Weiß, Anna");
    assertThat(plan.visits().get(1).formIds()).containsExactly("meldebescheinigung", "briefwahl");
    assertThat(plan.visits().get(1).address()).isEqualTo("Hauptstraße 7, 37671 Höxter");
    assertThat(plan.issuedAt()).isEqualTo(MONDAY_MORNING);
    assertThat(store.lastIssued("kit-07").orElseThrow().published()).isTrue();
    assertThat(audit.actions()).containsOnly("VISIT_PLAN");
    assertThat(audit.entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain("Müller"));
  }

  @Test
  void theVersionIsTheClockInMillisAndStillGoesUpWhenTheClockStandsStillOrGoesBack() {
    VisitPlan first = planning.publish("kit-07");
    VisitPlan second = planning.publish("kit-07");
    clock.set(MONDAY_MORNING.minusSeconds(3600));
    VisitPlan third = planning.publish("kit-07");
    clock.set(MONDAY_MORNING.plusSeconds(60));
    VisitPlan fourth = planning.publish("kit-07");

    assertThat(first.version()).isEqualTo(MONDAY_MORNING.toEpochMilli());
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(third.version()).isEqualTo(second.version() + 1);
    assertThat(fourth.version()).isEqualTo(MONDAY_MORNING.plusSeconds(60).toEpochMilli());
  }

  @Test
  void visitsOfDaysGoneByDropOutOfThePlanAtMidnightBerlinTime() {
    planning.add("kit-07", draft(TODAY, "10:30", "Müller, Erika", "meldebescheinigung"), "ina");
    planning.add("kit-07", draft(TODAY.plusDays(1), "", "Weiß, Anna", "briefwahl"), "ina");

    clock.set(Instant.parse("2026-11-22T22:59:00Z")); // 23:59 in Berlin
    assertThat(planning.publish("kit-07").visits()).hasSize(2);
    clock.set(Instant.parse("2026-11-22T23:01:00Z")); // 00:01 in Berlin, the next day
    assertThat(planning.publish("kit-07").visits())
        .extracting(VisitPlan.PlannedVisit::residentName)
        .containsExactly("Weiß, Anna");
  }

  @Test
  void aVisitNeedsANameADayNotInThePastAndKnownServices() {
    assertThatThrownBy(
            () -> planning.add("kit-07", draft(TODAY.minusDays(1), "", " ", "zauberstab"), "ina"))
        .isInstanceOfSatisfying(
            VisitRejected.class,
            e ->
                assertThat(e.byField())
                    .containsEntry("residentName", "Bitte den Namen angeben.")
                    .containsEntry("day", "Der Tag liegt in der Vergangenheit.")
                    .containsEntry("formIds", "Unbekannte Leistung: zauberstab."));
    assertThatThrownBy(() -> planning.add("kit-07", draft(null, "", "Müller"), "ina"))
        .isInstanceOfSatisfying(
            VisitRejected.class,
            e ->
                assertThat(e.byField())
                    .containsEntry("day", "Bitte den Tag angeben.")
                    .containsEntry("formIds", "Bitte mindestens eine Leistung wählen."));
    assertThat(store.visits).isEmpty();
    assertThat(published).isEmpty();
  }

  @Test
  void tooLongTextIsRejected() {
    VisitDraft longNote =
        new VisitDraft(
            TODAY, "", "Müller", "", List.of("briefwahl"), "x".repeat(VisitPlanning.MAX_NOTE + 1));

    assertThatThrownBy(() -> planning.add("kit-07", longNote, "ina"))
        .isInstanceOfSatisfying(
            VisitRejected.class, e -> assertThat(e.byField()).containsOnlyKeys("note"));
  }

  @Test
  void noVisitIsPlannedForAnUnknownOrRevokedKit() {
    kits.revoke("kit-08", "gestohlen", MONDAY_MORNING);

    assertThatThrownBy(() -> planning.add("kit-08", draft(TODAY, "", "Müller", "briefwahl"), "ina"))
        .isInstanceOfSatisfying(
            VisitRejected.class, e -> assertThat(e.byField()).containsOnlyKeys("kitId"));
    assertThatThrownBy(() -> planning.add("kit-99", draft(TODAY, "", "Müller", "briefwahl"), "ina"))
        .isInstanceOf(VisitRejected.class);
    assertThat(planning.plannableKits()).extracting("kitId").containsExactly("kit-07");
  }

  @Test
  void aRevokedKitsPlanIsNotPublishedAgain() {
    planning.add("kit-08", draft(TODAY, "", "Müller", "briefwahl"), "ina");
    published.clear();
    kits.revoke("kit-08", "gestohlen", MONDAY_MORNING);

    planning.republishAll();

    assertThat(published).isEmpty();
  }

  @Test
  void changingAndRemovingAVisitPublishesTheNewPlan() {
    Visit visit =
        planning.add("kit-07", draft(TODAY, "10:30", "Müller, Erika", "briefwahl"), "ina");

    planning.update(
        visit.visitId(),
        draft(TODAY.plusDays(2), "11:00", "Müller, Erika", "meldebescheinigung"),
        "ina");
    assertThat(lastPlan().visits()).hasSize(1);
    assertThat(lastPlan().visits().get(0).day()).isEqualTo(TODAY.plusDays(2));
    assertThat(lastPlan().visits().get(0).visitId()).isEqualTo(visit.visitId());
    assertThat(lastPlan().visits().get(0).formIds()).containsExactly("meldebescheinigung");

    assertThat(planning.remove(visit.visitId(), "ina")).isTrue();
    assertThat(lastPlan().visits()).isEmpty();
    assertThat(planning.remove(visit.visitId(), "ina")).isFalse();
    assertThat(published).hasSize(3);
  }

  @Test
  void aPlanThatMissedTheBrokerIsMarkedWaitingAndSentWhenTheBrokerConnects() {
    brokerUp = false;
    planning.add("kit-07", draft(TODAY, "10:30", "Müller, Erika", "briefwahl"), "ina");
    assertThat(store.lastIssued("kit-07").orElseThrow().published()).isFalse();

    brokerUp = true;
    planning.republishAll();

    assertThat(published).hasSize(1);
    assertThat(published.get(0).visits())
        .extracting("residentName")
        .containsExactly("Müller, Erika");
    assertThat(store.lastIssued("kit-07").orElseThrow().published()).isTrue();
  }

  @Test
  void visitsAreDeletedOnlyOnceTheirDayIsLongerAgoThanTheRetention() {
    planning.add("kit-07", draft(TODAY, "", "Müller, Erika", "briefwahl"), "ina");
    planning.add("kit-07", draft(TODAY.plusDays(1), "", "Weiß, Anna", "briefwahl"), "ina");

    clock.set(MONDAY_MORNING.plus(Duration.ofDays(14)));
    assertThat(planning.purge()).isZero();
    clock.set(MONDAY_MORNING.plus(Duration.ofDays(15)));
    assertThat(planning.purge()).isEqualTo(1);

    assertThat(store.visits.values()).extracting(Visit::residentName).containsExactly("Weiß, Anna");
    assertThat(audit.entries.get(audit.entries.size() - 1).detail()).isEqualTo("purged visits=1");
  }
}
