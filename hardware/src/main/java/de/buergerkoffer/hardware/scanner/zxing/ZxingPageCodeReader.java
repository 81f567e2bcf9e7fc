package de.buergerkoffer.hardware.scanner.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import de.buergerkoffer.hardware.scanner.DetectedCode;
import de.buergerkoffer.hardware.scanner.PageCodeReader;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * {@link PageCodeReader} with ZXing: QR codes, Data Matrix, PDF417, Code 128, Code 39, EAN/UPC and
 * ITF, several per page.
 *
 * <p>Unreadable images and pages without codes give an empty list. The same code found twice on a
 * page is reported once. Stateless and thread-safe.
 */
public final class ZxingPageCodeReader implements PageCodeReader {

  private static final List<BarcodeFormat> FORMATS =
      List.of(
          BarcodeFormat.QR_CODE,
          BarcodeFormat.DATA_MATRIX,
          BarcodeFormat.PDF_417,
          BarcodeFormat.AZTEC,
          BarcodeFormat.CODE_128,
          BarcodeFormat.CODE_39,
          BarcodeFormat.EAN_13,
          BarcodeFormat.EAN_8,
          BarcodeFormat.UPC_A,
          BarcodeFormat.ITF);

  @Override
  public List<DetectedCode> read(ScannedPage page) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(page.png()));
    } catch (IOException e) {
      return List.of();
    }
    if (image == null) {
      return List.of();
    }
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, FORMATS);
    hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(luminance(image)));
    Result[] results;
    try {
      results =
          new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints);
    } catch (NotFoundException e) {
      return List.of();
    }
    Set<DetectedCode> codes = new LinkedHashSet<>();
    for (Result r : results) {
      codes.add(new DetectedCode(page.number(), r.getBarcodeFormat().name(), r.getText()));
    }
    return new ArrayList<>(codes);
  }

  private static LuminanceSource luminance(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    return new RGBLuminanceSource(w, h, argb);
  }
}
