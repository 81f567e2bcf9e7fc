package de.buergerkoffer.hardware.scanner.sane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import de.buergerkoffer.hardware.scanner.ScanResult;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code scanimage} against SANE's {@code test} backend (Debian package {@code
 * sane-utils}). Skipped where scanimage is missing – except under {@code CI=true}, where a missing
 * scanimage fails the build, so CI cannot pass without having scanned.
 */
class SaneScannerTest {

  private static final String ADF = "Automatic Document Feeder";

  @TempDir Path work;

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");

  @BeforeEach
  void needsScanimage() {
    boolean installed =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, "scanimage")));
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("scanimage is missing: install the Debian package sane-utils (CI=true)");
    }
    assumeTrue(installed, "scanimage not installed (apt-get install sane-utils); skipping");
  }

  private SaneScanner scanner(List<String> extra) {
    SaneSettings settings =
        SaneSettings.defaults()
            .withDevice("test")
            .withSources("Flatbed", ADF)
            .withExtraArguments(extra)
            .withWorkDirectory(work);
    return new SaneScanner(settings, new ProcessCommandRunner(), clock);
  }

  @Test
  void scansSeveralPagesFromTheFeederAsPngImages() throws IOException {
    ScanResult result =
        scanner(List.of("--test-picture", "Grid"))
            .scan(
                new ScanRequest(
                    100, ScanRequest.ColorMode.GRAY, ScanRequest.PaperSource.FEEDER, 3));

    assertThat(result).isInstanceOf(ScanResult.Scanned.class);
    ScanResult.Scanned scanned = (ScanResult.Scanned) result;
    assertThat(scanned.warningDe()).isEmpty();
    assertThat(scanned.pages()).extracting(ScannedPage::number).containsExactly(1, 2, 3);
    for (ScannedPage page : scanned.pages()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.png()));
      assertThat(image.getWidth()).isEqualTo(page.widthPx());
      assertThat(image.getHeight()).isEqualTo(page.heightPx());
      assertThat(page.resolutionDpi()).isEqualTo(100);
    }
    // the test backend's default area is 80 × 100 mm: 315 × 394 px at 100 dpi
    assertThat(scanned.pages().get(0).widthPx()).isBetween(310, 320);
  }

  @Test
  void stopsCleanlyWhenTheFeederRunsEmpty() {
    // SANE's test feeder holds 10 sheets
    ScanResult result =
        scanner(List.of())
            .scan(
                new ScanRequest(
                    50, ScanRequest.ColorMode.GRAY, ScanRequest.PaperSource.FEEDER, 25));

    assertThat(result).isInstanceOf(ScanResult.Scanned.class);
    assertThat(((ScanResult.Scanned) result).pages()).hasSize(10);
    assertThat(((ScanResult.Scanned) result).warningDe()).isEmpty();
  }

  @Test
  void scansOneColourPageFromTheGlassAndStampsLastUsed() {
    SaneScanner scanner = scanner(List.of("--test-picture", "Color pattern"));

    ScanResult result =
        scanner.scan(
            new ScanRequest(75, ScanRequest.ColorMode.COLOR, ScanRequest.PaperSource.FLATBED, 1));

    assertThat(result).isInstanceOf(ScanResult.Scanned.class);
    assertThat(((ScanResult.Scanned) result).pages()).hasSize(1);
    assertThat(scanner.status().isConnected()).isTrue();
    assertThat(scanner.status().lastUsed()).contains(Instant.parse("2025-11-21T10:00:00Z"));
  }

  @Test
  void reportsAPaperJamInGerman() {
    SaneScanner scanner = scanner(List.of("--read-return-value", "SANE_STATUS_JAMMED"));

    ScanResult result = scanner.scan(ScanRequest.feeder(3));

    assertThat(result).isInstanceOf(ScanResult.ScanFailed.class);
    assertThat(((ScanResult.Failure) result).messageDe()).startsWith("Papierstau");
    assertThat(scanner.status().state()).isEqualTo(DeviceState.ERROR);
    assertThat(scanner.status().messageDe()).contains("Document feeder jammed");
  }

  @Test
  void reportsAnEmptyFeederAsNoPaper() {
    ScanResult result =
        scanner(List.of("--read-return-value", "SANE_STATUS_NO_DOCS")).scan(ScanRequest.feeder(2));

    assertThat(result).isInstanceOf(ScanResult.NoPaper.class);
  }

  @Test
  void reportsAScannerThatIsNotThereAsUnavailable() {
    SaneScanner scanner =
        new SaneScanner(
            SaneSettings.defaults().withDevice("nosuch:device").withWorkDirectory(work),
            new ProcessCommandRunner(),
            clock);

    ScanResult result = scanner.scan(ScanRequest.singlePage());

    assertThat(result).isInstanceOf(ScanResult.ScannerUnavailable.class);
    assertThat(((ScanResult.Failure) result).messageDe())
        .contains("nicht gefunden", "später scannen");
    assertThat(scanner.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
  }

  @Test
  void aProbeOpensTheDeviceWithoutScanning() {
    assertThat(scanner(List.of()).probe().isConnected()).isTrue();

    SaneScanner missing =
        new SaneScanner(
            SaneSettings.defaults().withDevice("nosuch:device").withWorkDirectory(work),
            new ProcessCommandRunner(),
            clock);
    assertThat(missing.probe().state()).isEqualTo(DeviceState.NOT_CONNECTED);
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    scanner(List.of()).scan(ScanRequest.feeder(2));

    try (Stream<Path> left = Files.list(work)) {
      assertThat(left).isEmpty();
    }
  }
}
