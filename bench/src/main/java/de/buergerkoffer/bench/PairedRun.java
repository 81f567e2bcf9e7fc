package de.buergerkoffer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The same operations as {@link SealOpenBenchmark}, but interleaved: every round runs each
 * operation once, in turn. JMH measures one benchmark after the other, so on a machine shared with
 * other work a burst of load lands on whichever benchmark happens to run; interleaving spreads it
 * over all of them, which keeps the side-by-side comparison fair even when the absolute numbers are
 * not. Reports the median and the 10th/90th percentile per operation.
 *
 * <p>Run with {@code ./mvnw -Pbench -pl bench -am verify -DskipTests
 * -Dbench.main=de.buergerkoffer.bench.PairedRun -Dbench.args=30}; the argument is the number of
 * measured rounds, after 10 rounds of warm-up.
 */
public final class PairedRun {

  private PairedRun() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    SealOpenBenchmark b = new SealOpenBenchmark();
    b.payloadMib = Integer.getInteger("bench.payload.mib", 5);
    b.setUp();
    try {
      Map<String, Callable<Object>> ops = new LinkedHashMap<>();
      ops.put("seal_java_bundle", b::seal_java_bundle);
      ops.put("seal_java_cmsOnly", b::seal_java_cmsOnly);
      ops.put("seal_openssl_fork", b::seal_openssl_fork);
      ops.put("open_java_bundle", b::open_java_bundle);
      ops.put("open_java_cmsOnly", b::open_java_cmsOnly);
      ops.put("open_openssl_fork", b::open_openssl_fork);
      ops.put("processStart_openssl_fork", b::processStart_openssl_fork);
      Map<String, List<Double>> times = new LinkedHashMap<>();
      ops.keySet().forEach(name -> times.put(name, new ArrayList<>()));
      for (int round = -10; round < rounds; round++) {
        for (var op : ops.entrySet()) {
          long start = System.nanoTime();
          op.getValue().call();
          double ms = (System.nanoTime() - start) / 1e6;
          if (round >= 0) {
            times.get(op.getKey()).add(ms);
          }
        }
      }
      System.out.println(BenchMain.environment());
      System.out.printf(
          Locale.ROOT,
          "Interleaved, %d rounds after 10 of warm-up, %d MiB payload%n%n",
          rounds,
          b.payloadMib);
      System.out.println("| operation | median ms | p10–p90 ms | MiB/s (median) |");
      System.out.println("|---|---:|---:|---:|");
      for (var e : times.entrySet()) {
        double[] sorted = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double median = percentile(sorted, 50);
        System.out.printf(
            Locale.ROOT,
            "| `%s` | %.1f | %.1f–%.1f | %s |%n",
            e.getKey(),
            median,
            percentile(sorted, 10),
            percentile(sorted, 90),
            e.getKey().startsWith("processStart")
                ? "–"
                : String.format(Locale.ROOT, "%.1f", b.payloadMib / (median / 1000)));
      }
    } finally {
      b.tearDown();
    }
  }

  private static double percentile(double[] sorted, int p) {
    int i = (int) Math.round(p / 100.0 * (sorted.length - 1));
    return sorted[i];
  }
}
