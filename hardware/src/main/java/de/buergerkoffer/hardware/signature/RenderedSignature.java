package de.buergerkoffer.hardware.signature;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture of a signature for the case's PDF: PNG with transparent background, cropped to the ink.
 * The bytes are copied in and out.
 *
 * @param png the PNG file
 * @param widthPx width in pixels
 * @param heightPx height in pixels
 */
public record RenderedSignature(byte[] png, int widthPx, int heightPx) {

  public RenderedSignature {
    Objects.requireNonNull(png, "png");
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenderedSignature that
        && widthPx == that.widthPx
        && heightPx == that.heightPx
        && Arrays.equals(png, that.png);
  }

  @Override
  public int hashCode() {
    return Objects.hash(widthPx, heightPx) * 31 + Arrays.hashCode(png);
  }

  @Override
  public String toString() {
    return "RenderedSignature[" + widthPx + "x" + heightPx + " px, " + png.length + " B]";
  }
}
