package de.buergerkoffer.hardware.printer.a4;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import de.buergerkoffer.hardware.printer.Receipt;
import de.buergerkoffer.hardware.printer.ReceiptLayout;
import de.buergerkoffer.hardware.printer.ReceiptLine;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.util.Objects;

/**
 * Draws a receipt on one page with Java2D: headings large and bold, text wrapped to the page width,
 * QR codes 40 mm wide and centred. Whatever does not fit on one page is cut off (receipts are
 * short).
 */
final class ReceiptPage implements Printable {

  private static final int COLUMNS = 64;
  private static final double POINTS_PER_MM = 72 / 25.4;

  private final Receipt receipt;

  ReceiptPage(Receipt receipt) {
    this.receipt = Objects.requireNonNull(receipt, "receipt");
  }

  @Override
  public int print(Graphics graphics, PageFormat format, int pageIndex) {
    if (pageIndex > 0) {
      return NO_SUCH_PAGE;
    }
    Graphics2D g = (Graphics2D) graphics;
    g.translate(format.getImageableX(), format.getImageableY());
    draw(g, (int) format.getImageableWidth());
    return PAGE_EXISTS;
  }

  /** Draws the receipt from the top-left corner into a column of the given width (points). */
  void draw(Graphics2D g, int width) {
    g.setColor(Color.BLACK);
    int y = 0;
    for (ReceiptLine line : receipt.lines()) {
      if (line instanceof ReceiptLine.Text t) {
        boolean large = t.size() == ReceiptLine.TextSize.LARGE;
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, large ? 18 : 11);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        for (String part : ReceiptLayout.wrap(t.text(), large ? COLUMNS / 2 : COLUMNS)) {
          y += fm.getHeight();
          int x =
              t.alignment() == ReceiptLine.Alignment.CENTER
                  ? Math.max(0, (width - fm.stringWidth(part)) / 2)
                  : 0;
          g.drawString(part, x, y);
        }
      } else if (line instanceof ReceiptLine.QrCode q) {
        int size = (int) (40 * POINTS_PER_MM);
        y += 8;
        drawQr(g, q.payload(), (width - size) / 2, y, size);
        y += size + 8;
      } else {
        y += 10;
        g.drawLine(0, y, width, y);
        y += 4;
      }
    }
  }

  private static void drawQr(Graphics2D g, String payload, int x, int y, int size) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode QR code", e);
    }
    int module = Math.max(1, size / matrix.getWidth());
    for (int my = 0; my < matrix.getHeight(); my++) {
      for (int mx = 0; mx < matrix.getWidth(); mx++) {
        if (matrix.get(mx, my)) {
          g.fillRect(x + mx * module, y + my * module, module, module);
        }
      }
    }
  }
}
