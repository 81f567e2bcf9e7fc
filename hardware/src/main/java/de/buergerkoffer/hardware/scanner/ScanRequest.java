package de.buergerkoffer.hardware.scanner;

import java.util.Objects;

/**
 * What the clerk asks the scanner for.
 *
 * @param resolutionDpi 50 to 600; 200 is enough for letters and for reading codes
 * @param colorMode colour or grey
 * @param source glass (one page) or document feeder (several)
 * @param maxPages upper bound of pages, 1 to 100; the glass always gives one
 */
public record ScanRequest(
    int resolutionDpi, ColorMode colorMode, PaperSource source, int maxPages) {

  /** Colour or grey; grey keeps files small and is right for most letters. */
  public enum ColorMode {
    COLOR,
    GRAY
  }

  /** Where the paper is. */
  public enum PaperSource {
    FLATBED,
    FEEDER
  }

  public ScanRequest {
    Objects.requireNonNull(colorMode, "colorMode");
    Objects.requireNonNull(source, "source");
    if (resolutionDpi < 50 || resolutionDpi > 600) {
      throw new IllegalArgumentException("resolution must be 50..600 dpi: " + resolutionDpi);
    }
    if (maxPages < 1 || maxPages > 100) {
      throw new IllegalArgumentException("maxPages must be 1..100: " + maxPages);
    }
    if (source == PaperSource.FLATBED && maxPages != 1) {
      throw new IllegalArgumentException("the glass holds one page");
    }
  }

  /** One page from the glass, 200 dpi, grey: the usual letter. */
  public static ScanRequest singlePage() {
    return new ScanRequest(200, ColorMode.GRAY, PaperSource.FLATBED, 1);
  }

  /** Up to {@code maxPages} from the document feeder, 200 dpi, grey. */
  public static ScanRequest feeder(int maxPages) {
    return new ScanRequest(200, ColorMode.GRAY, PaperSource.FEEDER, maxPages);
  }
}
