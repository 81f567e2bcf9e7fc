package de.buergerkoffer.forms.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Turns scans and photos into compact PDF images.
 *
 * <p>Document scans: grey, at most {@value #SCAN_DPI} dpi; a light 3×3 Gaussian smoothing (in
 * place, so a page costs its pixels once) removes sensor noise (which JPEG would otherwise spend
 * most of its bytes on); the paper background is lifted to white (the usual "background removal" of
 * scanner drivers: the paper's grey level and its noise become white, darker tones are stretched
 * linearly, so nothing darker than the paper is lost); then JPEG at quality {@value #SCAN_QUALITY},
 * or {@value #DENSE_QUALITY} for a page that would exceed {@value #SCAN_BUDGET} bytes (dense small
 * print). A 200 dpi A4 page thus stays well under 300 KB. Photos keep their colour, at most {@value
 * #PHOTO_MAX_PIXELS} pixels on the long side, JPEG quality {@value #PHOTO_QUALITY}. No alpha
 * channel is kept (PDF/A without transparency): it is flattened onto white.
 */
final class ScanImages {

  static final int SCAN_DPI = 200;
  static final float SCAN_QUALITY = 0.5f;
  static final float DENSE_QUALITY = 0.35f;
  static final int SCAN_BUDGET = 200 * 1024;
  static final int PHOTO_MAX_PIXELS = 1600;
  static final float PHOTO_QUALITY = 0.75f;

  private ScanImages() {}

  /**
   * A scanned paper page, as described above.
   *
   * @param owned whether the pixels may be changed in place (a page decoded just for this)
   */
  static PDImageXObject documentScan(
      PDDocument doc, BufferedImage source, int sourceDpi, boolean owned) throws IOException {
    double scale = sourceDpi > SCAN_DPI ? (double) SCAN_DPI / sourceDpi : 1.0;
    BufferedImage grey =
        owned && scale == 1.0 && isPlainGrey(source)
            ? source
            : draw(source, scale, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    smooth(pixels, grey.getWidth(), grey.getHeight());
    liftBackground(grey);
    int dpi = (int) Math.round(sourceDpi * scale);
    PDImageXObject image = JPEGFactory.createFromImage(doc, grey, SCAN_QUALITY, dpi);
    if (image.getCOSObject().getLength() > SCAN_BUDGET) {
      image = JPEGFactory.createFromImage(doc, grey, DENSE_QUALITY, dpi);
    }
    return image;
  }

  /** An 8-bit grey image whose buffer holds exactly its pixels, row after row. */
  private static boolean isPlainGrey(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getParent() == null
        && image.getRaster().getSampleModel() instanceof ComponentSampleModel m
        && m.getScanlineStride() == image.getWidth()
        && m.getPixelStride() == 1
        && ((DataBufferByte) image.getRaster().getDataBuffer()).getOffset() == 0
        && ((DataBufferByte) image.getRaster().getDataBuffer()).getData().length
            == image.getWidth() * image.getHeight();
  }

  /**
   * A 3×3 Gaussian (1-2-1 in both directions) in place, with one row of extra memory: removes the
   * sensor noise that JPEG would otherwise spend most of its bytes on.
   */
  static void smooth(byte[] px, int width, int height) {
    for (int row = 0; row < height; row++) {
      int o = row * width;
      int prev = px[o] & 0xff;
      for (int x = 0; x < width; x++) {
        int cur = px[o + x] & 0xff;
        int next = x + 1 < width ? px[o + x + 1] & 0xff : cur;
        px[o + x] = (byte) ((prev + 2 * cur + next + 2) >> 2);
        prev = cur;
      }
    }
    byte[] above = java.util.Arrays.copyOf(px, width);
    for (int row = 0; row < height; row++) {
      int o = row * width;
      boolean last = row + 1 == height;
      for (int x = 0; x < width; x++) {
        int cur = px[o + x] & 0xff;
        int down = last ? cur : px[o + width + x] & 0xff;
        int up = above[x] & 0xff;
        above[x] = (byte) cur;
        px[o + x] = (byte) ((up + 2 * cur + down + 2) >> 2);
      }
    }
  }

  /** A photo, in colour. */
  static PDImageXObject photo(PDDocument doc, BufferedImage source) throws IOException {
    int longSide = Math.max(source.getWidth(), source.getHeight());
    double scale = longSide > PHOTO_MAX_PIXELS ? (double) PHOTO_MAX_PIXELS / longSide : 1.0;
    BufferedImage rgb = draw(source, scale, BufferedImage.TYPE_INT_RGB);
    return JPEGFactory.createFromImage(doc, rgb, PHOTO_QUALITY);
  }

  /** A small image such as a signature or a logo, lossless, flattened onto white. */
  static PDImageXObject lossless(PDDocument doc, BufferedImage image, boolean keepColour)
      throws IOException {
    BufferedImage flat =
        draw(image, 1.0, keepColour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
    return LosslessFactory.createFromImage(doc, flat);
  }

  private static BufferedImage draw(BufferedImage source, double scale, int type) {
    int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
    BufferedImage out = new BufferedImage(w, h, type);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * Maps the paper's grey (the brightest frequent level, minus its noise) to white and stretches
   * everything darker linearly. Leaves pages without a clear bright background (photos, dark paper)
   * unchanged.
   */
  static void liftBackground(BufferedImage grey) {
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int[] histogram = new int[256];
    for (byte p : pixels) {
      histogram[p & 0xff]++;
    }
    int peak = 128;
    for (int v = 129; v < 256; v++) {
      if (histogram[v] > histogram[peak]) {
        peak = v;
      }
    }
    if (histogram[peak] < pixels.length / 20) {
      return;
    }
    int low = peak;
    while (low > 0 && histogram[low - 1] * 8 > histogram[peak]) {
      low--;
    }
    int white = Math.max(128, low - (peak - low));
    byte[] map = new byte[256];
    for (int v = 0; v < 256; v++) {
      map[v] = (byte) (v >= white ? 255 : Math.round(v * 255f / white));
    }
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = map[pixels[i] & 0xff];
    }
  }
}
