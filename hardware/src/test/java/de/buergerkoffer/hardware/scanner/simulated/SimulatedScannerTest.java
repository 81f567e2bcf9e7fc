package de.buergerkoffer.hardware.scanner.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import de.buergerkoffer.hardware.scanner.ScanResult;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SimulatedScannerTest {

  private final SimulatedScanner scanner =
      new SimulatedScanner(MutableClock.at("2025-11-21T10:00:00Z"));

  @Test
  void scansTheSheetOnTheGlassAsAnA4PngAtTheRequestedResolution() throws IOException {
    ScanResult result =
        scanner.scan(
            new ScanRequest(100, ScanRequest.ColorMode.GRAY, ScanRequest.PaperSource.FLATBED, 1));

    ScannedPage page = ((ScanResult.Scanned) result).pages().get(0);
    assertThat(page.widthPx()).isEqualTo(827);
    assertThat(page.heightPx()).isEqualTo(1169);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.png()));
    assertThat(image.getWidth()).isEqualTo(827);
    assertThat(scanner.status().lastUsed()).isPresent();
  }

  @Test
  void takesSheetsFromTheFeederUntilItIsEmpty() {
    scanner.loadFeeder(
        List.of(
            SimulatedSheet.plain("eins"),
            SimulatedSheet.plain("zwei"),
            SimulatedSheet.plain("drei")));
    ScanRequest upToTwo =
        new ScanRequest(50, ScanRequest.ColorMode.GRAY, ScanRequest.PaperSource.FEEDER, 2);

    assertThat(((ScanResult.Scanned) scanner.scan(upToTwo)).pages()).hasSize(2);
    assertThat(((ScanResult.Scanned) scanner.scan(upToTwo)).pages()).hasSize(1);
    assertThat(scanner.scan(upToTwo)).isInstanceOf(ScanResult.NoPaper.class);
  }

  @Test
  void anUnpluggedScannerOffersToScanLater() {
    scanner.unplug();

    ScanResult result = scanner.scan(ScanRequest.singlePage());

    assertThat(result).isInstanceOf(ScanResult.ScannerUnavailable.class);
    assertThat(((ScanResult.Failure) result).messageDe()).contains("später scannen");
    assertThat(scanner.status().isConnected()).isFalse();
  }
}
