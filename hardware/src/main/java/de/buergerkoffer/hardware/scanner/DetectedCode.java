package de.buergerkoffer.hardware.scanner;

import java.util.Objects;

/**
 * A barcode or QR code found on a scanned page.
 *
 * @param pageNumber the page it is on
 * @param format the symbology as named by ZXing, e.g. {@code QR_CODE}, {@code CODE_128}
 * @param text the decoded content
 */
public record DetectedCode(int pageNumber, String format, String text) {
  public DetectedCode {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
  }
}
