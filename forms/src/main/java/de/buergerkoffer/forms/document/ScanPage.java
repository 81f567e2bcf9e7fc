package de.buergerkoffer.forms.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * One scanned page or photo to include in a document, either as pixels or as the image file the
 * scanner delivered. A file is decoded only while its page is rendered, so a case with many pages
 * never holds more than one decoded page in memory.
 */
public sealed interface ScanPage {

  /** The resolution the page was scanned at; decides its size on the PDF page. */
  int dpi();

  /** The pixels; a {@link File} is decoded anew on every call. */
  BufferedImage image();

  /** A page from pixels in any colour model. */
  static ScanPage of(BufferedImage image, int dpi) {
    return new Pixels(image, dpi);
  }

  /** A page from a PNG (as the scanner adapter delivers it) or JPEG file. */
  static ScanPage ofFile(byte[] imageFile, int dpi) {
    return new File(imageFile, dpi);
  }

  private static void checkDpi(int dpi) {
    if (dpi < 50 || dpi > 1200) {
      throw new IllegalArgumentException("dpi must be 50..1200: " + dpi);
    }
  }

  /** Pixels already in memory. */
  record Pixels(BufferedImage image, int dpi) implements ScanPage {
    public Pixels {
      Objects.requireNonNull(image, "image");
      checkDpi(dpi);
    }
  }

  /** An encoded image file, decoded when rendered. */
  record File(byte[] bytes, int dpi) implements ScanPage {
    public File {
      Objects.requireNonNull(bytes, "bytes");
      checkDpi(dpi);
    }

    /**
     * @throws UncheckedIOException if the bytes are no readable PNG or JPEG image
     */
    @Override
    public BufferedImage image() {
      try {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
          throw new IOException("not a PNG or JPEG image");
        }
        return image;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof File f && dpi == f.dpi && java.util.Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
      return 31 * dpi + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "ScanPage.File[" + bytes.length + " B, " + dpi + " dpi]";
    }
  }
}
