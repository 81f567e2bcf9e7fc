package de.buergerkoffer.hardware.scanner.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.scanner.CaseReferenceFinder;
import de.buergerkoffer.hardware.scanner.DetectedCode;
import de.buergerkoffer.hardware.scanner.ScanAttachmentOffer;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import de.buergerkoffer.hardware.scanner.ScanResult;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedScanner;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedSheet;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ZxingPageCodeReaderTest {

  private final ZxingPageCodeReader reader = new ZxingPageCodeReader();
  private final SimulatedScanner scanner =
      new SimulatedScanner(MutableClock.at("2025-11-21T10:00:00Z"));

  private List<ScannedPage> scanFeeder(SimulatedSheet... sheets) {
    scanner.loadFeeder(List.of(sheets));
    ScanResult result =
        scanner.scan(
            new ScanRequest(150, ScanRequest.ColorMode.GRAY, ScanRequest.PaperSource.FEEDER, 10));
    return ((ScanResult.Scanned) result).pages();
  }

  @Test
  void readsTheQrCodeOnAScannedLetter() {
    List<ScannedPage> pages = scanFeeder(SimulatedSheet.letterFor("BK01-000001-8"));

    assertThat(reader.read(pages.get(0)))
        .containsExactly(new DetectedCode(1, "QR_CODE", "BK01-000001-8"));
  }

  @Test
  void aPageWithoutCodesGivesNothing() {
    List<ScannedPage> pages = scanFeeder(SimulatedSheet.plain("nur Text"));

    assertThat(reader.read(pages.get(0))).isEmpty();
  }

  @Test
  void aBrokenImageGivesNothingInsteadOfAnError() {
    ScannedPage broken = new ScannedPage(1, new byte[] {1, 2, 3}, 10, 10, 100);

    assertThat(reader.read(broken)).isEmpty();
  }

  @Test
  void readsACode128BarcodeWithUmlautFreeReference() throws IOException {
    BitMatrix bars = new Code128Writer().encode("AZ-2025-0042", BarcodeFormat.CODE_128, 600, 120);
    BufferedImage image = new BufferedImage(800, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 800, 300);
    g.setColor(Color.BLACK);
    for (int x = 0; x < bars.getWidth(); x++) {
      for (int y = 0; y < bars.getHeight(); y++) {
        if (bars.get(x, y)) {
          g.fillRect(100 + x, 90 + y, 1, 1);
        }
      }
    }
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);

    assertThat(reader.read(new ScannedPage(2, png.toByteArray(), 800, 300, 200)))
        .containsExactly(new DetectedCode(2, "CODE_128", "AZ-2025-0042"));
  }

  @Test
  void aScannedLetterWithACaseNumberLeadsToAnOfferToAttachIt() {
    List<ScannedPage> pages =
        scanFeeder(SimulatedSheet.plain("Anschreiben"), SimulatedSheet.letterFor("BK01-000002-6"));

    List<ScanAttachmentOffer> offers =
        new CaseReferenceFinder().offers(reader.readAll(pages), "BK01-000002-6"::equals);

    assertThat(offers)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.caseId()).isEqualTo("BK01-000002-6");
              assertThat(o.pageNumbers()).containsExactly(2);
            });
  }
}
