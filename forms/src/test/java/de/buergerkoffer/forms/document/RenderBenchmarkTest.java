package de.buergerkoffer.forms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link RenderBenchmark} in a fresh JVM limited like the kit (64 MB heap, one processor,
 * pinned to one core with {@code taskset} where available) and writes the figures to {@code
 * target/benchmarks/forms-render.md}, from where they are copied into {@code docs/benchmarks.md}.
 * Not part of the normal build: {@code ./mvnw -pl forms verify -Dgroups=benchmark
 * -DexcludedGroups=}.
 */
@Tag("benchmark")
class RenderBenchmarkTest {

  @Test
  void rendersTheThreePageApplicationWithTwoScansWithin64MegabytesOnOneCore() throws Exception {
    String loadBefore = loadAverage();
    List<Map<String, String>> coldRuns = runs("cold-start");
    List<Map<String, String>> warmStartRuns = runs("warm-start");
    Map<String, String> at64 = median(coldRuns, "coldMs");
    Map<String, String> warmStart = median(warmStartRuns, "coldMs");
    Map<String, String> at32 = run("32m", "cold-start");
    String load = loadBefore + " / " + loadAverage();

    String report = report(at64, warmStart, at32, load);
    Path file = Path.of("target", "benchmarks", "forms-render.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report, StandardCharsets.UTF_8);
    System.out.println(report);

    assertThat(at64).containsKeys("coldMs", "warmMedianMs", "warmPeakHeapMb");
    assertThat(at64.get("processors")).isEqualTo("1");
  }

  private static Map<String, String> run(String heap, String mode)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (new File("/usr/bin/taskset").canExecute()) {
      command.addAll(List.of("/usr/bin/taskset", "-c", "0"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heap,
            "-XX:ActiveProcessorCount=1",
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            RenderBenchmark.class.getName(),
            mode));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    Map<String, String> result = new LinkedHashMap<>();
    result.put("exit", Integer.toString(process.exitValue()));
    result.put("pinned", Boolean.toString(command.get(0).endsWith("taskset")));
    for (String line : output.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.contains(" ") || (eq > 0 && line.startsWith("jvm="))) {
        result.put(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    if (!"0".equals(result.get("exit"))) {
      result.put("output", output);
    }
    return result;
  }

  /** Three fresh JVMs with 64 MB heap: the shared machine's load makes single runs unreliable. */
  private static List<Map<String, String>> runs(String mode)
      throws IOException, InterruptedException {
    List<Map<String, String>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(run("64m", mode));
    }
    return runs;
  }

  private static Map<String, String> median(List<Map<String, String>> runs, String key) {
    List<Map<String, String>> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(r -> Long.parseLong(r.getOrDefault(key, "0"))));
    Map<String, String> median = new LinkedHashMap<>(sorted.get(1));
    List<Long> warm =
        runs.stream()
            .map(r -> Long.parseLong(r.getOrDefault("warmMedianMs", "0")))
            .sorted()
            .toList();
    median.put("warmMedianMs", Long.toString(warm.get(1)));
    median.put(
        "warmMaxMs",
        Long.toString(
            runs.stream()
                .mapToLong(r -> Long.parseLong(r.getOrDefault("warmMaxMs", "0")))
                .max()
                .orElse(0)));
    for (String cpuKey : List.of("coldCpuMs", "warmMedianCpuMs")) {
      List<Long> cpu =
          runs.stream().map(r -> Long.parseLong(r.getOrDefault(cpuKey, "0"))).sorted().toList();
      median.put(cpuKey, Long.toString(cpu.get(1)));
    }
    median.put("all", String.join(", ", runs.stream().map(r -> r.get(key) + " ms").toList()));
    return median;
  }

  private static String loadAverage() throws IOException {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return parts[0] + " " + parts[1] + " " + parts[2];
  }

  private static String report(
      Map<String, String> r, Map<String, String> warmStart, Map<String, String> small, String load)
      throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .findFirst()
            .orElse("unknown CPU");
    return String.join(
        "\n",
        "Gemessen am / measured on "
            + LocalDate.now()
            + ": "
            + r.get("jvm")
            + ", GC "
            + r.get("gc")
            + ", "
            + cpu
            + " (machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, shared with other builds; load average before/after: "
            + load
            + "; benchmark JVM: "
            + r.get("processors")
            + " processor"
            + ("true".equals(r.get("pinned")) ? ", pinned to core 0 with taskset" : "")
            + ").",
        "",
        "| Messgröße / figure | Wert / value |",
        "|---|---|",
        "| Erstes Rendern im frischen JVM / first render, fresh JVM (class loading incl.) | "
            + r.get("coldMs")
            + " ms (Median von 3 JVMs / median of 3 JVMs: "
            + r.get("all")
            + "); CPU-Zeit / CPU time "
            + r.get("coldCpuMs")
            + " ms |",
        "| Erstes Rendern nach CasePdf.warmUp() / first render after warmUp() | "
            + warmStart.get("coldMs")
            + " ms (3 JVMs: "
            + warmStart.get("all")
            + "; CPU "
            + warmStart.get("coldCpuMs")
            + " ms"
            + "; warmUp() selbst / itself: "
            + warmStart.get("warmUpMs")
            + " ms, beim Start des Koffers / at kit start) |",
        "| Rendern, warm (Median von 10 je JVM, Median von 3 JVMs) / warm render (median of 10"
            + " per JVM, median of 3 JVMs) | "
            + r.get("warmMedianMs")
            + " ms (max "
            + r.get("warmMaxMs")
            + " ms); CPU-Zeit / CPU time "
            + r.get("warmMedianCpuMs")
            + " ms |",
        "| Heap-Spitze beim ersten Rendern / peak heap, first render | "
            + r.get("coldPeakHeapMb")
            + " MB |",
        "| Heap-Spitze warm / peak heap, warm | " + r.get("warmPeakHeapMb") + " MB |",
        "| Heap nach GC / live heap after GC | " + r.get("heapAfterGcMb") + " MB |",
        "| Heap-Grenze / heap limit (-Xmx) | " + r.get("maxHeapMb") + " MB |",
        "| Ergebnis / result | "
            + r.get("pages")
            + " Seiten / pages, "
            + r.get("pdfKb")
            + " KB PDF/A-3u (PNG-Scans: "
            + r.get("pngScanKb")
            + " KB) |",
        "| Empfangsbestätigung A4 + Bon / receipt A4 + thermal (first) | "
            + r.get("coldReceiptMs")
            + " ms, "
            + r.get("receiptPdfKb")
            + " KB |",
        "| Gegenprobe mit -Xmx32m / cross-check with -Xmx32m | "
            + ("0".equals(small.get("exit"))
                ? "läuft / runs: first "
                    + small.get("coldMs")
                    + " ms, warm "
                    + small.get("warmMedianMs")
                    + " ms"
                : "scheitert / fails")
            + " |",
        "");
  }
}
