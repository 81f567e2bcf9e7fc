package de.buergerkoffer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SealOpenBenchmark} with JMH and prints the results as a Markdown table with the
 * machine they were measured on, ready for docs/benchmarks.md: numbers without their machine and
 * method are worthless, so the two are printed together.
 *
 * <p>Arguments are JMH's command-line options (e.g. {@code -f 2 -wi 4 -i 5}); {@code ./mvnw -Pbench
 * -pl bench -am verify} passes {@code -Dbench.args}. Without a benchmark pattern among them, {@link
 * SealOpenBenchmark} runs; {@code PartsBenchmark} selects {@link PartsBenchmark} instead.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(SealOpenBenchmark.class.getName() + "\\.");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println(environment());
    System.out.println(table(results));
  }

  static String table(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | payload | ms/op (± 99.9 % CI) | MiB/s |\n");
    out.append("|---|---:|---:|---:|\n");
    List<RunResult> sorted =
        results.stream().sorted(Comparator.comparing(r -> r.getParams().getBenchmark())).toList();
    for (RunResult r : sorted) {
      Result<?> primary = r.getPrimaryResult();
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      int mib = Integer.parseInt(r.getParams().getParam("payloadMib"));
      double ms = primary.getScore();
      out.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %d MiB | %.1f ± %.1f | %s |%n",
              name,
              mib,
              ms,
              primary.getScoreError(),
              name.startsWith("processStart")
                  ? "–"
                  : String.format(Locale.ROOT, "%.1f", mib / (ms / 1000))));
    }
    return out.toString();
  }

  static String environment() throws IOException, InterruptedException {
    String cpu = "?";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      cpu =
          Files.readAllLines(cpuinfo).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .orElse("?");
    }
    Process p =
        new ProcessBuilder(System.getProperty("bench.openssl", "openssl"), "version").start();
    String opensslVersion = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor();
    return String.format(
            Locale.ROOT,
            "- date: %s%n- JVM: %s %s (%s)%n- machine: %s, %d CPUs visible to the JVM, %s %s%n- openssl: %s%n",
            LocalDate.now(ZoneOffset.UTC),
            System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"),
            System.getProperty("java.vm.vendor"),
            cpu,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("os.name"),
            System.getProperty("os.version"),
            opensslVersion)
        + "- JVM heap max: "
        + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1 << 20)
        + " MiB\n";
  }
}
