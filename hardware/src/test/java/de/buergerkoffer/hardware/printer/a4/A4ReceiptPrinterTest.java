package de.buergerkoffer.hardware.printer.a4;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.Receipt;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class A4ReceiptPrinterTest {

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");

  private static Receipt receipt() {
    return Receipt.builder()
        .title("Eingangsbestätigung")
        .field("Vorgang", "BK01-000001-8")
        .qr("BK01-000001-8")
        .build();
  }

  @Test
  void withoutAnyPrintServiceTheClerkIsToldToPrintLater() {
    A4ReceiptPrinter printer = new A4ReceiptPrinter(Optional::empty, clock);

    PrintResult result = printer.print(receipt());

    assertThat(result).isInstanceOf(PrintResult.PrinterUnavailable.class);
    assertThat(((PrintResult.Failure) result).messageDe())
        .startsWith("Es ist kein Drucker für A4 eingerichtet")
        .contains("später gedruckt");
    assertThat(printer.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(printer.probe().state()).isEqualTo(DeviceState.NOT_CONNECTED);
  }

  @Test
  void aPrintSystemThatFailsToAnswerCountsAsNoPrinter() {
    A4ReceiptPrinter printer =
        new A4ReceiptPrinter(
            () -> {
              throw new IllegalStateException("cups not running");
            },
            clock);

    assertThat(printer.print(receipt())).isInstanceOf(PrintResult.PrinterUnavailable.class);
  }

  @Test
  void drawsTheReceiptWithAReadableQrCode() throws Exception {
    BufferedImage page = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 595, 842);
    new ReceiptPage(receipt()).draw(g, 595);
    g.dispose();

    int[] pixels = page.getRGB(0, 0, 595, 842, null, 0, 595);
    String decoded =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(595, 842, pixels))))
            .getText();
    assertThat(decoded).isEqualTo("BK01-000001-8");
  }
}
