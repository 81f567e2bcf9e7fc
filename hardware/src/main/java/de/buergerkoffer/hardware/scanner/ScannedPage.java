package de.buergerkoffer.hardware.scanner;

import java.util.Arrays;
import java.util.Objects;

/**
 * One scanned page as a PNG image, ready to attach to a case.
 *
 * <p>The bytes are copied in and out, so the value cannot change after creation.
 *
 * @param number 1-based page number within one scan
 * @param png the PNG file
 * @param widthPx width in pixels
 * @param heightPx height in pixels
 * @param resolutionDpi the resolution it was scanned at
 */
public record ScannedPage(int number, byte[] png, int widthPx, int heightPx, int resolutionDpi) {

  /** The media type of {@link #png()}. */
  public static final String MEDIA_TYPE = "image/png";

  public ScannedPage {
    Objects.requireNonNull(png, "png");
    if (number < 1 || widthPx < 1 || heightPx < 1 || resolutionDpi < 1) {
      throw new IllegalArgumentException("page number, size and resolution must be positive");
    }
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScannedPage that
        && number == that.number
        && widthPx == that.widthPx
        && heightPx == that.heightPx
        && resolutionDpi == that.resolutionDpi
        && Arrays.equals(png, that.png);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, widthPx, heightPx, resolutionDpi) * 31 + Arrays.hashCode(png);
  }

  @Override
  public String toString() {
    return "ScannedPage[" + number + ", " + widthPx + "x" + heightPx + " px, " + png.length + " B]";
  }
}
