package de.buergerkoffer.forms.document;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.SampleCases;
import de.buergerkoffer.forms.seal.ReceiptSigner;
import de.buergerkoffer.forms.seal.TestKeys;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;

/**
 * The render benchmark, run in its own JVM by {@link RenderBenchmarkTest} (so heap limit and
 * processor count are the kit's): an "Anmeldung" for six persons (three PDF pages of form) with a
 * two-page landlord's confirmation scanned at 200 dpi grey, delivered as PNG like the scanner
 * adapter does, plus the resident's signature. Measures the first render in a fresh JVM (class
 * loading included; with the argument {@code warm-start} after {@link CasePdf#warmUp()}), then the
 * median of warm renders, and the heap used. Prints {@code key=value} lines.
 */
public final class RenderBenchmark {

  private static final int WARM_UP = 5;
  private static final int MEASURED = 10;

  private RenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    byte[] scan1 = TestScans.png(TestScans.a4Letter(200, 1));
    byte[] scan2 = TestScans.png(TestScans.a4Letter(200, 2));
    FormDefinition form = FormCatalog.builtIn().latest("anmeldung").orElseThrow();
    Map<String, String> values = sixPersons();
    ReceiptSigner kit = TestKeys.signer("kit-01", TestKeys.newKeyPair());
    Map<String, String> out = new LinkedHashMap<>();
    if (args.length > 0 && args[0].equals("warm-start")) {
      long warm = System.nanoTime();
      CasePdf.warmUp();
      out.put("warmUpMs", ms(System.nanoTime() - warm));
    }

    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    long startCpu = cpu();
    byte[] pdf = render(form, values, scan1, scan2);
    out.put("coldMs", ms(System.nanoTime() - start));
    out.put("coldCpuMs", ms(cpu() - startCpu));
    out.put("coldPeakHeapMb", mb(peakHeap()));

    long receiptStart = System.nanoTime();
    Receipt receipt = Receipt.of(document(form, values, scan1, scan2), kit);
    byte[] receiptPdf = new ReceiptPdf().render(receipt);
    ThermalReceipt.of(receipt).plainText();
    out.put("coldReceiptMs", ms(System.nanoTime() - receiptStart));

    for (int i = 0; i < WARM_UP; i++) {
      render(form, values, scan1, scan2);
    }
    long[] times = new long[MEASURED];
    long[] cpuTimes = new long[MEASURED];
    long peak = 0;
    for (int i = 0; i < MEASURED; i++) {
      System.gc();
      resetPeaks();
      long t = System.nanoTime();
      long c = cpu();
      render(form, values, scan1, scan2);
      times[i] = System.nanoTime() - t;
      cpuTimes[i] = cpu() - c;
      peak = Math.max(peak, peakHeap());
    }
    Arrays.sort(times);
    Arrays.sort(cpuTimes);
    out.put("warmMedianCpuMs", ms(cpuTimes[MEASURED / 2]));
    out.put("warmMedianMs", ms(times[MEASURED / 2]));
    out.put("warmMaxMs", ms(times[MEASURED - 1]));
    out.put("warmPeakHeapMb", mb(peak));
    System.gc();
    out.put("heapAfterGcMb", mb(usedHeap()));
    out.put("maxHeapMb", mb(Runtime.getRuntime().maxMemory()));
    out.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
    try (var doc = Loader.loadPDF(pdf)) {
      out.put("pages", Integer.toString(doc.getNumberOfPages()));
    }
    out.put("pdfKb", Long.toString(pdf.length / 1024));
    out.put("pngScanKb", (scan1.length / 1024) + "+" + (scan2.length / 1024));
    out.put("receiptPdfKb", Long.toString(receiptPdf.length / 1024));
    out.put(
        "jvm",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    out.put("gc", gcNames());
    out.forEach((k, v) -> System.out.println(k + "=" + v));
  }

  private static byte[] render(
      FormDefinition form, Map<String, String> values, byte[] scan1, byte[] scan2) {
    return new CasePdf().render(document(form, values, scan1, scan2));
  }

  private static CaseDocument document(
      FormDefinition form, Map<String, String> values, byte[] scan1, byte[] scan2) {
    return new CaseDocument(
        form,
        "BK01-000042-7",
        values,
        Instant.parse("2025-06-14T08:32:00Z"),
        "Frau Schröder",
        "Großröhrsdorf",
        CasePdfTest.TOWN,
        TestScans.signature(),
        List.of(
            new CaseAttachment(
                "landlordConfirmation",
                List.of(ScanPage.ofFile(scan1, 200), ScanPage.ofFile(scan2, 200)))));
  }

  /** The sample Anmeldung with six persons: three pages of form. */
  static Map<String, String> sixPersons() {
    Map<String, String> values = new LinkedHashMap<>(SampleCases.values("anmeldung"));
    for (int row = 3; row < 6; row++) {
      for (String key : new ArrayList<>(values.keySet())) {
        if (key.startsWith("persons[1].")) {
          values.put(key.replace("persons[1].", "persons[" + row + "]."), values.get(key));
        }
      }
    }
    return values;
  }

  /** CPU time of the whole process (render thread, GC, JIT), unaffected by other processes. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use, garbage included. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String gcNames() {
    return String.join(
        "+",
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
  }

  private static String ms(long nanos) {
    return Long.toString(Math.round(nanos / 1e6));
  }

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
  }
}
