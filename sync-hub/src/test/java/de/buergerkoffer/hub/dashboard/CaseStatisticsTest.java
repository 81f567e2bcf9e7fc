package de.buergerkoffer.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hub.kits.KitRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStatisticsTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static CaseTimes received(String formId, String receivedAt, Duration delay) {
    Instant at = Instant.parse(receivedAt);
    return new CaseTimes(formId, at.minus(delay), at);
  }

  @Test
  void casesAreCountedPerArrivalDayInTownHallTimeOverTheWindowIncludingEmptyDays() {
    List<CaseTimes> cases =
        List.of(
            received("meldebescheinigung", "2026-11-22T08:00:00Z", Duration.ofMinutes(5)),
            // 23:30 UTC on the 21st is 00:30 on the 22nd in Berlin
            received("briefwahl", "2026-11-21T23:30:00Z", Duration.ofMinutes(5)),
            received("briefwahl", "2026-11-21T12:00:00Z", Duration.ofMinutes(5)),
            // before the window: counted for services and delays, not per day
            received("briefwahl", "2026-10-01T12:00:00Z", Duration.ofMinutes(5)));

    CaseStatistics.Figures f = CaseStatistics.of(cases, TODAY, BERLIN, 30);

    assertThat(f.perDay()).hasSize(30);
    assertThat(f.perDay().get(0).day()).isEqualTo(LocalDate.of(2026, 10, 24));
    assertThat(f.perDay().get(29)).isEqualTo(new CaseStatistics.DayCount(TODAY, 2));
    assertThat(f.perDay().get(28)).isEqualTo(new CaseStatistics.DayCount(TODAY.minusDays(1), 1));
    assertThat(f.perDay().stream().mapToInt(CaseStatistics.DayCount::cases).sum()).isEqualTo(3);
    assertThat(f.perService())
        .containsExactly(
            new CaseStatistics.ServiceCount("briefwahl", 3),
            new CaseStatistics.ServiceCount("meldebescheinigung", 1));
  }

  @Test
  void medianAndNinetiethPercentileUseTheNearestRank() {
    List<Duration> delays = new ArrayList<>();
    for (int minutes = 1; minutes <= 10; minutes++) {
      delays.add(Duration.ofMinutes(minutes));
    }

    CaseStatistics.Delays d = CaseStatistics.delays(delays);

    assertThat(d.count()).isEqualTo(10);
    assertThat(d.median()).isEqualTo(Duration.ofMinutes(5)); // rank ceil(0.5*10) = 5
    assertThat(d.p90()).isEqualTo(Duration.ofMinutes(9)); // rank ceil(0.9*10) = 9
  }

  @Test
  void oneDelayIsItsOwnMedianAndPercentileAndNoneGivesNone() {
    assertThat(CaseStatistics.delays(List.of(Duration.ofHours(2))).p90())
        .isEqualTo(Duration.ofHours(2));
    CaseStatistics.Delays none = CaseStatistics.delays(List.of());
    assertThat(none.median()).isNull();
    assertThat(none.p90()).isNull();
    assertThat(none.histogram()).allSatisfy(b -> assertThat(b.cases()).isZero());
  }

  @Test
  void theHistogramPutsEachDelayIntoItsBucketAndANegativeDelayCountsAsZero() {
    List<CaseTimes> cases =
        List.of(
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofSeconds(-30)),
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofSeconds(59)),
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofMinutes(1)),
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofMinutes(30)),
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofHours(5)),
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofHours(23)),
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofDays(2)),
            received("briefwahl", "2026-11-22T08:00:00Z", Duration.ofDays(3)));

    CaseStatistics.Delays d = CaseStatistics.of(cases, TODAY, BERLIN, 30).delays();

    assertThat(d.histogram())
        .extracting(CaseStatistics.DelayBucket::cases)
        .containsExactly(2, 1, 1, 1, 1, 1, 1);
    assertThat(d.histogram().get(0).label()).isEqualTo("< 1 Min.");
    assertThat(d.median()).isEqualTo(Duration.ofMinutes(30)); // rank 4 of 8
  }

  @Test
  void delaysReadAsGermanText() {
    assertThat(CaseStatistics.german(Duration.ofSeconds(45))).isEqualTo("45 Sek.");
    assertThat(CaseStatistics.german(Duration.ofMinutes(12))).isEqualTo("12 Min.");
    assertThat(CaseStatistics.german(Duration.ofMinutes(210))).isEqualTo("3,5 Std.");
    assertThat(CaseStatistics.german(Duration.ofHours(48))).isEqualTo("2,0 Tage");
    assertThat(CaseStatistics.german(null)).isEqualTo("–");
  }

  @Test
  void columnsScaleToTheLargestValueAndStandOnTheBaseline() {
    BarChart chart = BarChart.columns("t", List.of("a", "b", "c"), List.of(2, 4, 0), 340, 240);

    assertThat(chart.max()).isEqualTo(4);
    double baseline = chart.axes().get(0).y1();
    BarChart.Bar b = chart.bars().get(1);
    assertThat(b.y() + b.height()).isEqualTo(baseline);
    assertThat(b.height()).isEqualTo(baseline - BarChart.MARGIN);
    assertThat(chart.bars().get(0).height()).isEqualTo(b.height() / 2);
    assertThat(chart.bars().get(2).height()).isZero();
    assertThat(chart.bars().get(2).valueText()).isNull();
    assertThat(chart.bars().get(1).x()).isGreaterThan(chart.bars().get(0).x());
    assertThat(chart.bars().get(1).tooltip()).isEqualTo("b: 4");
    assertThat(BarChart.columns("t", List.of(), List.of(), 340, 240).max()).isEqualTo(1);
  }

  @Test
  void columnLabelsAreThinnedToAboutTenButEveryBarKeepsItsValue() {
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      labels.add("d" + i);
      values.add(1);
    }

    BarChart chart = BarChart.columns("t", labels, values, 640, 240);

    assertThat(chart.bars().stream().filter(b -> b.labelText() != null)).hasSize(10);
    assertThat(chart.bars()).allSatisfy(b -> assertThat(b.valueText()).isNotNull());
  }

  @Test
  void rowsGrowFromTheAxisWithTheirLabelsBesideThem() {
    BarChart chart =
        BarChart.rows(
            "t", List.of("Meldebescheinigung beantragen", "Briefwahl"), List.of(3, 1), 640);

    BarChart.Bar top = chart.bars().get(0);
    BarChart.Bar second = chart.bars().get(1);
    assertThat(top.x()).isEqualTo(second.x()).isEqualTo(BarChart.ROW_LEFT);
    assertThat(top.width()).isEqualTo(3 * second.width());
    assertThat(second.y()).isGreaterThan(top.y());
    assertThat(top.labelText().text()).isEqualTo("Meldebescheinigung beantragen");
    assertThat(top.labelText().anchor()).isEqualTo("end");
    assertThat(top.labelText().x()).isLessThan(BarChart.ROW_LEFT);
    assertThat(chart.height()).isEqualTo(2 * BarChart.MARGIN + 2 * 28);
  }

  @Test
  void kitsInServiceQuietForMoreThanThreeDaysAreListed() {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");
    Instant enrolled = now.minus(Duration.ofDays(30));
    List<KitRecord> kits =
        List.of(
            new KitRecord("kit-01", enrolled, now.minus(Duration.ofDays(1)), null, null),
            new KitRecord("kit-02", enrolled, now.minus(Duration.ofDays(4)), null, null),
            new KitRecord("kit-03", enrolled, null, null, null),
            new KitRecord("kit-04", now.minus(Duration.ofDays(1)), null, null, null),
            new KitRecord("kit-05", enrolled, now.minus(Duration.ofDays(9)), now, "gestohlen"));

    List<KitWatch.QuietKit> quiet = KitWatch.quiet(kits, now, Duration.ofDays(3));

    assertThat(quiet)
        .containsExactly(
            new KitWatch.QuietKit("kit-02", now.minus(Duration.ofDays(4)), false),
            new KitWatch.QuietKit("kit-03", enrolled, true));
  }
}
