package de.buergerkoffer.hardware.signature;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a signature's strokes as a PNG: dark blue ink on a transparent background, cropped to the
 * ink with a small margin and scaled to fit a box, line width following the pen pressure.
 *
 * <p>Only for showing and for the PDF; the strokes stay the record of the signature. Stateless and
 * thread-safe; needs no display.
 */
public final class SignatureRenderer {

  private static final Color INK = new Color(0x10, 0x20, 0x60);
  private static final double MARGIN = 0.05;

  private final int maxWidthPx;
  private final int maxHeightPx;

  /** Fits the picture into {@code maxWidthPx} × {@code maxHeightPx}. */
  public SignatureRenderer(int maxWidthPx, int maxHeightPx) {
    if (maxWidthPx < 16 || maxHeightPx < 16) {
      throw new IllegalArgumentException("target box too small");
    }
    this.maxWidthPx = maxWidthPx;
    this.maxHeightPx = maxHeightPx;
  }

  /** 600 × 200 px: about 5 × 1.7 cm at 300 dpi in the PDF. */
  public SignatureRenderer() {
    this(600, 200);
  }

  /**
   * Renders the signature.
   *
   * @throws IllegalArgumentException for a signature without strokes
   */
  public RenderedSignature render(Signature signature) {
    if (signature.strokes().isEmpty()) {
      throw new IllegalArgumentException("nothing to render");
    }
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = Integer.MIN_VALUE;
    int maxY = Integer.MIN_VALUE;
    for (SignatureStroke s : signature.strokes()) {
      for (SignaturePoint p : s.points()) {
        minX = Math.min(minX, p.x());
        minY = Math.min(minY, p.y());
        maxX = Math.max(maxX, p.x());
        maxY = Math.max(maxY, p.y());
      }
    }
    double inkW = Math.max(1, maxX - minX);
    double inkH = Math.max(1, maxY - minY);
    double margin = MARGIN * Math.max(inkW, inkH);
    double boxW = inkW + 2 * margin;
    double boxH = inkH + 2 * margin;
    double scale = Math.min(maxWidthPx / boxW, maxHeightPx / boxH);
    int width = Math.max(1, (int) Math.ceil(boxW * scale));
    int height = Math.max(1, (int) Math.ceil(boxH * scale));
    double originX = minX - margin;
    double originY = minY - margin;
    double baseWidth = Math.max(1.5, Math.min(width, height) / 60.0);

    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(INK);
      for (SignatureStroke stroke : signature.strokes()) {
        SignaturePoint previous = null;
        for (SignaturePoint p : stroke.points()) {
          double x = (p.x() - originX) * scale;
          double y = (p.y() - originY) * scale;
          float w = (float) (baseWidth * (0.5 + p.pressure()));
          if (previous == null) {
            g.fill(new Ellipse2D.Double(x - w / 2, y - w / 2, w, w));
          } else {
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(
                new Line2D.Double(
                    (previous.x() - originX) * scale, (previous.y() - originY) * scale, x, y));
          }
          previous = p;
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedSignature(png.toByteArray(), width, height);
  }
}
