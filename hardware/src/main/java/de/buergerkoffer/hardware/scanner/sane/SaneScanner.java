package de.buergerkoffer.hardware.scanner.sane;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import de.buergerkoffer.hardware.scanner.ScanResult;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import de.buergerkoffer.hardware.scanner.Scanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * {@link Scanner} through SANE's {@code scanimage}: one run per scan in batch mode, writing one PNG
 * per page into a private temporary folder that is read in and removed again.
 *
 * <p>Failures are recognised from SANE's status and mapped to German messages; pages scanned before
 * a jam are kept. Scans are serialised: one scanner, one job at a time.
 */
public final class SaneScanner implements Scanner {

  private static final Pattern PAGE_FILE = Pattern.compile("page-(\\d+)\\.png");
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
  private static final String NOT_INSTALLED =
      "Das Scan-Programm scanimage ist nicht installiert (Paket sane-utils). Bitte die Technik"
          + " informieren; das Schreiben kann später gescannt werden.";

  private final SaneSettings settings;
  private final CommandRunner runner;
  private final DeviceStatusTracker status;

  /**
   * @param settings how to call scanimage
   * @param runner runs scanimage ({@link ProcessCommandRunner} in production)
   * @param clock source of "last used"
   */
  public SaneScanner(SaneSettings settings, CommandRunner runner, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.status =
        new DeviceStatusTracker(
            DeviceKind.SCANNER, adapterName(settings), clock, "Scanner noch nicht geprüft.");
  }

  @Override
  public synchronized ScanResult scan(ScanRequest request) {
    Path folder;
    try {
      Files.createDirectories(settings.workDirectory());
      folder = Files.createTempDirectory(settings.workDirectory(), "bk-scan-");
    } catch (IOException e) {
      return fail(
          new ScanResult.ScanFailed(
              "Der Koffer kann die gescannten Seiten nicht zwischenspeichern (Speicher voll?)."
                  + " Bitte die Technik informieren."),
          false);
    }
    try {
      return scanInto(folder, request);
    } finally {
      deleteQuietly(folder);
    }
  }

  private ScanResult scanInto(Path folder, ScanRequest request) {
    CommandRunner.CommandOutput output;
    try {
      output = runner.run(command(folder, request), settings.timeout());
    } catch (IOException e) {
      return fail(new ScanResult.ScannerUnavailable(NOT_INSTALLED), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(new ScanResult.ScanFailed("Der Scan wurde abgebrochen."), false);
    }
    List<ScannedPage> pages;
    try {
      pages = readPages(folder, request.resolutionDpi());
    } catch (IOException | UncheckedIOException e) {
      return fail(
          new ScanResult.ScanFailed(
              "Die gescannten Seiten ließen sich nicht lesen. Bitte erneut scannen."),
          false);
    }
    if (output.timedOut()) {
      return partial(
          pages,
          new ScanResult.ScanFailed(
              "Der Scanner hat nicht rechtzeitig geantwortet. Bitte Scanner prüfen und erneut"
                  + " scannen – oder später scannen; der Vorgang bleibt gespeichert."),
          false,
          output.stderr());
    }
    if (output.exitCode() == 0) {
      if (pages.isEmpty()) {
        return fail(SaneProblem.OTHER.asFailure(), false);
      }
      return done(pages, Optional.empty());
    }
    SaneProblem problem = SaneProblem.classify(output.exitCode(), output.stderr());
    if (problem == SaneProblem.NO_PAPER && !pages.isEmpty()) {
      return done(pages, Optional.empty()); // the feeder ran empty after the last page
    }
    return partial(pages, problem.asFailure(), problem.meansNotConnected(), output.stderr());
  }

  List<String> command(Path folder, ScanRequest request) {
    List<String> cmd = new ArrayList<>();
    cmd.add(settings.command());
    settings.device().ifPresent(d -> cmd.add("--device-name=" + d));
    cmd.add("--format=png");
    cmd.add("--batch=" + folder.resolve("page-%d.png"));
    cmd.add("--batch-count=" + request.maxPages());
    cmd.add("--resolution=" + request.resolutionDpi());
    cmd.add("--mode=" + (request.colorMode() == ScanRequest.ColorMode.COLOR ? "Color" : "Gray"));
    Optional<String> source =
        request.source() == ScanRequest.PaperSource.FEEDER
            ? settings.feederSource()
            : settings.flatbedSource();
    source.ifPresent(s -> cmd.add("--source=" + s));
    cmd.addAll(settings.extraArguments());
    return cmd;
  }

  private ScanResult done(List<ScannedPage> pages, Optional<String> warning) {
    status.used(
        "Scanner bereit. Zuletzt "
            + (pages.size() == 1 ? "1 Seite" : pages.size() + " Seiten")
            + " gescannt.");
    return new ScanResult.Scanned(pages, warning);
  }

  private ScanResult partial(
      List<ScannedPage> pages, ScanResult.Failure failure, boolean notConnected, String stderr) {
    if (pages.isEmpty()) {
      return fail(failure, notConnected, stderr);
    }
    fail(failure, notConnected, stderr);
    String warning =
        failure.messageDe()
            + " Die ersten "
            + (pages.size() == 1 ? "Seite ist" : pages.size() + " Seiten sind")
            + " gespeichert.";
    return new ScanResult.Scanned(pages, Optional.of(warning));
  }

  private ScanResult fail(ScanResult.Failure failure, boolean notConnected) {
    return fail(failure, notConnected, "");
  }

  /** Records the failure in the status, with scanimage's last message for the device page. */
  private ScanResult fail(ScanResult.Failure failure, boolean notConnected, String stderr) {
    String message = failure.messageDe();
    String lastLine = lastLine(stderr);
    if (!lastLine.isEmpty()) {
      message = message + " (Meldung des Scanners: " + lastLine + ")";
    }
    if (notConnected) {
      status.notConnected(message);
    } else {
      status.failed(message);
    }
    return failure;
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  /** Asks SANE whether the device opens ({@code scanimage -A}), which takes a second or two. */
  @Override
  public synchronized DeviceStatus probe() {
    List<String> cmd = new ArrayList<>();
    cmd.add(settings.command());
    settings.device().ifPresent(d -> cmd.add("--device-name=" + d));
    cmd.add("--all-options");
    try {
      CommandRunner.CommandOutput output = runner.run(cmd, PROBE_TIMEOUT);
      if (!output.timedOut() && output.exitCode() == 0) {
        return status.connected(
            "Scanner bereit" + settings.device().map(d -> " (" + d + ")").orElse("") + ".");
      }
      if (output.timedOut()) {
        return status.failed("Der Scanner antwortet nicht. Bitte aus- und wieder einschalten.");
      }
      SaneProblem problem = SaneProblem.classify(output.exitCode(), output.stderr());
      fail(problem.asFailure(), problem.meansNotConnected(), output.stderr());
      return status.current();
    } catch (IOException e) {
      return status.notConnected(NOT_INSTALLED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return status.current();
    }
  }

  private static List<ScannedPage> readPages(Path folder, int dpi) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(p -> PAGE_FILE.matcher(p.getFileName().toString()).matches())
              .sorted(Comparator.comparingInt(SaneScanner::pageNumber))
              .toList();
    }
    List<ScannedPage> pages = new ArrayList<>();
    for (Path file : files) {
      byte[] png = Files.readAllBytes(file);
      Optional<int[]> size = pngSize(file);
      if (size.isPresent()) {
        pages.add(new ScannedPage(pages.size() + 1, png, size.get()[0], size.get()[1], dpi));
      }
    }
    return pages;
  }

  private static int pageNumber(Path file) {
    Matcher m = PAGE_FILE.matcher(file.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  /** Width and height from the PNG header; empty for a broken or truncated file. */
  private static Optional<int[]> pngSize(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
      } catch (IOException e) {
        return Optional.empty();
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * The scanner's own last word: the last {@code scanimage:} line, passing over the housekeeping
   * lines scanimage may print after the error (such as "trying to stop scanner").
   */
  private static String lastLine(String text) {
    String[] lines = text.strip().split("\\R");
    for (int i = lines.length - 1; i >= 0; i--) {
      String l = lines[i].strip();
      if (l.startsWith("scanimage:")
          && !l.contains("trying to stop scanner")
          && !l.contains("received signal")) {
        return l;
      }
    }
    return "";
  }

  private static String adapterName(SaneSettings settings) {
    return "sane" + settings.device().map(d -> ":" + d).orElse("");
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path p : listing.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a leftover temp folder is harmless; the next boot's tmp cleaning removes it
    }
  }
}
