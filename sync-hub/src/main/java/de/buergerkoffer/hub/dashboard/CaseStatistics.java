package de.buergerkoffer.hub.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's figures from received cases: cases per arrival day (town-hall time) over a window
 * of days ending today, cases per service, and the sync delay from capture on the kit to arrival at
 * the hub (median, 90th percentile, histogram). Plain Java, no I/O.
 *
 * <p>Percentiles use the nearest-rank method: the p-th percentile of n sorted delays is the one at
 * rank ⌈p/100 · n⌉, so it is always a delay that occurred. A negative delay (a kit clock ahead of
 * the hub's) counts as zero.
 */
public final class CaseStatistics {

  /** Upper bounds of the delay histogram's buckets; the last bucket is open. */
  static final List<Bucket> BUCKETS =
      List.of(
          new Bucket("< 1 Min.", Duration.ofMinutes(1)),
          new Bucket("1–10 Min.", Duration.ofMinutes(10)),
          new Bucket("10–60 Min.", Duration.ofHours(1)),
          new Bucket("1–6 Std.", Duration.ofHours(6)),
          new Bucket("6–24 Std.", Duration.ofDays(1)),
          new Bucket("1–3 Tage", Duration.ofDays(3)),
          new Bucket("> 3 Tage", null));

  private CaseStatistics() {}

  /** A histogram bucket: delays below {@code below} (and at or above the previous bound). */
  record Bucket(String label, Duration below) {}

  /** Cases that arrived on one day. */
  public record DayCount(LocalDate day, int cases) {}

  /** Cases of one service. */
  public record ServiceCount(String formId, int cases) {}

  /** Cases whose delay falls into one histogram bucket. */
  public record DelayBucket(String label, int cases) {}

  /**
   * Sync delays.
   *
   * @param count how many cases were measured
   * @param median the median delay, or null without cases
   * @param p90 the 90th percentile, or null without cases
   */
  public record Delays(int count, Duration median, Duration p90, List<DelayBucket> histogram) {}

  /** All figures of one dashboard. */
  public record Figures(List<DayCount> perDay, List<ServiceCount> perService, Delays delays) {}

  /**
   * Computes the figures.
   *
   * @param cases the cases received in the window (others are ignored for the per-day chart)
   * @param today the last day of the window, in {@code zone}
   * @param days how many days the per-day chart covers, today included
   */
  public static Figures of(List<CaseTimes> cases, LocalDate today, ZoneId zone, int days) {
    LocalDate first = today.minusDays(days - 1L);
    Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      perDay.put(d, 0);
    }
    Map<String, Integer> perService = new TreeMap<>();
    List<Duration> delays = new ArrayList<>();
    for (CaseTimes c : cases) {
      LocalDate day = LocalDate.ofInstant(c.receivedAt(), zone);
      if (perDay.containsKey(day)) {
        perDay.merge(day, 1, Integer::sum);
      }
      perService.merge(c.formId(), 1, Integer::sum);
      Duration delay = Duration.between(c.capturedAt(), c.receivedAt());
      delays.add(delay.isNegative() ? Duration.ZERO : delay);
    }
    return new Figures(
        perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList(),
        perService.entrySet().stream()
            .map(e -> new ServiceCount(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingInt(ServiceCount::cases).reversed())
            .toList(),
        delays(delays));
  }

  static Delays delays(List<Duration> delays) {
    List<Duration> sorted = delays.stream().sorted().toList();
    int[] counts = new int[BUCKETS.size()];
    for (Duration d : sorted) {
      counts[bucket(d)]++;
    }
    List<DelayBucket> histogram = new ArrayList<>();
    for (int i = 0; i < BUCKETS.size(); i++) {
      histogram.add(new DelayBucket(BUCKETS.get(i).label(), counts[i]));
    }
    return new Delays(
        sorted.size(), percentile(sorted, 50), percentile(sorted, 90), List.copyOf(histogram));
  }

  /** Nearest-rank percentile of sorted values, or null for none. */
  static Duration percentile(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static int bucket(Duration delay) {
    for (int i = 0; i < BUCKETS.size() - 1; i++) {
      if (delay.compareTo(BUCKETS.get(i).below()) < 0) {
        return i;
      }
    }
    return BUCKETS.size() - 1;
  }

  /** A delay for people: "45 Sek.", "12 Min.", "3,5 Std.", "2,0 Tage". */
  public static String german(Duration d) {
    if (d == null) {
      return "–";
    }
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return seconds + " Sek.";
    }
    if (seconds < 3600) {
      return (seconds / 60) + " Min.";
    }
    if (seconds < 86_400) {
      return String.format(java.util.Locale.GERMAN, "%.1f Std.", seconds / 3600.0);
    }
    return String.format(java.util.Locale.GERMAN, "%.1f Tage", seconds / 86_400.0);
  }
}
