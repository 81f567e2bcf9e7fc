package de.buergerkoffer.forms.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Synthetic scans for tests and the benchmark: an A4 letter in grey as a 200 dpi flatbed scanner
 * delivers it – off-white paper with sensor noise, typed lines, a letterhead bar and a round stamp.
 * Deterministic (fixed seed), so sizes are comparable between runs.
 */
public final class TestScans {

  private TestScans() {}

  /** An A4 page at {@code dpi}, 8-bit grey. */
  public static BufferedImage a4Letter(int dpi, long seed) {
    int w = (int) Math.round(8.27 * dpi);
    int h = (int) Math.round(11.69 * dpi);
    BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(236, 236, 236));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(90, 90, 90));
    g.fillRect(dpi, dpi * 2 / 3, w - 2 * dpi, dpi / 8);
    g.setColor(new Color(25, 25, 25));
    g.setFont(new Font(Font.SERIF, Font.BOLD, dpi / 5));
    g.drawString("Wohnungsgeberbestätigung nach § 19 BMG", dpi, dpi * 3 / 2);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, dpi / 7));
    Random words = new Random(seed);
    int lineHeight = dpi / 5;
    for (int y = dpi * 2; y < h - dpi * 2; y += lineHeight) {
      if (words.nextInt(9) == 0) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      while (line.length() < 70) {
        line.append(WORDS[words.nextInt(WORDS.length)]).append(' ');
      }
      g.drawString(line.toString(), dpi, y);
    }
    g.setColor(new Color(120, 120, 120));
    g.setStroke(new java.awt.BasicStroke(dpi / 40f));
    g.drawOval(w - dpi * 3, h - dpi * 3, dpi * 3 / 2, dpi * 3 / 2);
    g.drawString("Siegel", w - dpi * 5 / 2, h - dpi * 9 / 4);
    g.dispose();
    addNoise(page, new Random(seed + 1), 4.0);
    return page;
  }

  /** The page as PNG, as the scanner adapter delivers it. */
  public static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A signature-like scribble, as a pad delivers it (black on transparent). */
  public static BufferedImage signature() {
    BufferedImage sig = new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = sig.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(10, 20, 90));
    g.setStroke(new java.awt.BasicStroke(5f));
    int[] xs = {20, 80, 120, 160, 220, 260, 300, 360, 420, 470, 520, 580};
    int[] ys = {150, 40, 160, 60, 150, 70, 140, 50, 160, 80, 120, 100};
    g.drawPolyline(xs, ys, xs.length);
    g.drawLine(40, 175, 560, 165);
    g.dispose();
    return sig;
  }

  private static void addNoise(BufferedImage page, Random random, double sigma) {
    WritableRaster raster = page.getRaster();
    int[] row = new int[page.getWidth()];
    for (int y = 0; y < page.getHeight(); y++) {
      raster.getSamples(0, y, row.length, 1, 0, row);
      for (int x = 0; x < row.length; x++) {
        row[x] =
            Math.max(0, Math.min(255, (int) Math.round(row[x] + random.nextGaussian() * sigma)));
      }
      raster.setSamples(0, y, row.length, 1, 0, row);
    }
  }

  private static final String[] WORDS = {
    "Hiermit",
    "bestätige",
    "ich",
    "als",
    "Wohnungsgeber",
    "den",
    "Einzug",
    "in",
    "die",
    "Wohnung",
    "Straße",
    "Hausnummer",
    "Großröhrsdorf",
    "Eigentümer",
    "Vermieter",
    "am",
    "der",
    "Person",
    "Mietvertrag",
    "vom",
    "2025",
    "Unterschrift",
    "Datum",
    "Anschrift",
    "gemäß",
    "§",
    "19",
    "BMG",
    "Name",
    "Vorname",
    "Geburtsdatum",
    "Wohnungsgeberin",
    "beauftragte",
    "Hausverwaltung",
    "und"
  };
}
