package de.buergerkoffer.forms.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * QR codes (ZXing) for documents and receipts: error correction level M, no built-in margin (the
 * layouts keep the four-module quiet zone). In PDFs they are drawn as vector squares, sharp at any
 * printer resolution and only a few hundred bytes.
 */
public final class QrCodes {

  /** The quiet zone around a code, in modules. */
  public static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /** The modules of a QR code for {@code text}; one bit per module, true = dark. */
  public static BitMatrix encode(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text too long for a QR code", e);
    }
  }

  /**
   * Draws the code with its lower left corner at (x, y) and the given side length (quiet zone not
   * included); the caller keeps {@link #QUIET_ZONE} modules free around it.
   */
  static void draw(PDPageContentStream content, BitMatrix code, float x, float y, float size)
      throws IOException {
    float module = size / code.getWidth();
    content.setNonStrokingColor(0f);
    for (int row = 0; row < code.getHeight(); row++) {
      float top = y + size - (row + 1) * module;
      int col = 0;
      while (col < code.getWidth()) {
        if (!code.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < code.getWidth() && code.get(col, row)) {
          col++;
        }
        content.addRect(x + start * module, top, (col - start) * module, module);
      }
    }
    content.fill();
  }
}
