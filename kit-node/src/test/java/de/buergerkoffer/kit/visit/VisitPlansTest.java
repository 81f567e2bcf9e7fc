package de.buergerkoffer.kit.visit;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.kit.downlink.TestHub;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit side of the visit plan: only sealed, hub-signed, newer plans for this kit count. */
class VisitPlansTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  // the CMS signing time is the real one, so the test PKI lives in real time too
  private final Clock clock = Clock.systemUTC();
  @TempDir Path dataDir;
  private TestHub hub;
  private VisitPlans plans;

  @BeforeEach
  void setUp() {
    hub = new TestHub(dataDir, clock);
    plans = new VisitPlans(hub.downlink(), hub.store);
  }

  @Test
  void listensOnTheKitsPlanTopic() {
    assertThat(plans.listener().topic().apply("kit-07")).isEqualTo(Topics.visitPlan("kit-07"));
  }

  @Test
  void aSealedPlanFromTheHubIsStoredAndShownForItsDay() {
    assertThat(plans.accept(hub.sealed(plan("kit-07", 5, "Erika Mustermann")))).isTrue();

    assertThat(plans.on(DAY))
        .extracting(VisitPlan.PlannedVisit::residentName)
        .containsExactly("Erika Mustermann");
    assertThat(plans.on(DAY.plusDays(1))).isEmpty();
  }

  @Test
  void aPlanThroughTheListenerIsStoredToo() {
    plans.listener().onMessage().accept(hub.sealed(plan("kit-07", 5, "Erika Mustermann")));

    assertThat(plans.current()).isPresent();
  }

  @Test
  void aPlanNotNewerThanTheOneHeldIsIgnored() {
    plans.accept(hub.sealed(plan("kit-07", 5, "Erika Mustermann")));

    assertThat(plans.accept(hub.sealed(plan("kit-07", 5, "Replay")))).isFalse();
    assertThat(plans.accept(hub.sealed(plan("kit-07", 4, "Alt")))).isFalse();
    assertThat(plans.accept(hub.sealed(plan("kit-07", 6, "Neu")))).isTrue();
    assertThat(plans.on(DAY))
        .extracting(VisitPlan.PlannedVisit::residentName)
        .containsExactly("Neu");
  }

  @Test
  void aPlanForAnotherKitIsIgnored() {
    assertThat(plans.accept(hub.sealed(plan("kit-99", 5, "Erika Mustermann")))).isFalse();
    assertThat(plans.current()).isEmpty();
  }

  @Test
  void aPlanSignedByAStrangerOrOnlySignedOrGarbageIsIgnored() {
    assertThat(plans.accept(hub.sealedByStranger(plan("kit-07", 5, "Fremd")))).isFalse();
    assertThat(plans.accept(HubSigned.sign(plan("kit-07", 5, "Unversiegelt"), hub.hubSigning)))
        .isFalse();
    assertThat(plans.accept("kein CMS".getBytes())).isFalse();
    assertThat(plans.current()).isEmpty();
  }

  @Test
  void thePlanIsStoredOnlyAsCiphertext() throws IOException {
    plans.accept(hub.sealed(plan("kit-07", 5, "Erika Mustermann")));

    assertThat(VisitFlowTest.filesContain(dataDir, "Mustermann")).isFalse();
    assertThat(VisitFlowTest.filesContain(dataDir, "Heidestra")).isFalse();
  }

  private static VisitPlan plan(String kitId, long version, String resident) {
    return new VisitPlan(
        kitId,
        version,
        Instant.parse("2026-11-19T16:00:00Z"),
        List.of(
            new VisitPlan.PlannedVisit(
                UUID.randomUUID(),
                DAY,
                "10:30",
                resident,
                "Heidestraße 17, 51147 Köln",
                List.of("lebensbescheinigung"),
                "")));
  }
}
