package de.buergerkoffer.hardware.scanner.simulated;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Draws a {@link SimulatedSheet} as an A4 page image at the requested resolution. */
final class SheetRenderer {

  private static final double A4_WIDTH_MM = 210;
  private static final double A4_HEIGHT_MM = 297;

  private SheetRenderer() {}

  /** The page as an image. */
  static BufferedImage draw(SimulatedSheet sheet, int pageNumber, ScanRequest request) {
    int dpi = request.resolutionDpi();
    int width = mm(A4_WIDTH_MM, dpi);
    int height = mm(A4_HEIGHT_MM, dpi);
    int type =
        request.colorMode() == ScanRequest.ColorMode.COLOR
            ? BufferedImage.TYPE_INT_RGB
            : BufferedImage.TYPE_BYTE_GRAY;
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      int margin = mm(20, dpi);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, pt(14, dpi)));
      int y = mm(30, dpi);
      g.drawString("Simulierter Scan – Seite " + pageNumber, margin, y);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, pt(11, dpi)));
      for (String line : sheet.lines()) {
        y += pt(11, dpi) * 3 / 2;
        g.drawString(line, margin, y);
      }
      sheet.qrCode().ifPresent(text -> drawQr(g, text, width - margin - mm(30, dpi), margin, dpi));
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The page as PNG bytes. */
  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void drawQr(Graphics2D g, String text, int x, int y, int dpi) {
    int size = mm(30, dpi);
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode QR code: " + text, e);
    }
    int modules = matrix.getWidth();
    int module = Math.max(1, size / modules);
    for (int my = 0; my < matrix.getHeight(); my++) {
      for (int mx = 0; mx < modules; mx++) {
        if (matrix.get(mx, my)) {
          g.fillRect(x + mx * module, y + my * module, module, module);
        }
      }
    }
  }

  private static int mm(double millimetres, int dpi) {
    return (int) Math.round(millimetres / 25.4 * dpi);
  }

  private static int pt(int points, int dpi) {
    return Math.max(6, points * dpi / 72);
  }
}
