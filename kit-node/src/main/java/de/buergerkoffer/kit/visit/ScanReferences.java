package de.buergerkoffer.kit.visit;

import de.buergerkoffer.forms.document.CaseFiles;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.hardware.scanner.CaseReferenceFinder;
import de.buergerkoffer.hardware.scanner.DetectedCode;
import de.buergerkoffer.hardware.scanner.PageCodeReader;
import de.buergerkoffer.hardware.scanner.ScanAttachmentOffer;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds the cases a scan names: the codes on the pages ({@link PageCodeReader}), a receipt's sealed
 * QR code ({@link CaseSeal}, whose case number is binary inside) turned into its case number, and
 * {@link CaseReferenceFinder} with the kit's answer to "do I know this case?" (its own store or the
 * town hall's status board). Nothing is attached here; the clerk decides.
 */
final class ScanReferences {

  private final PageCodeReader reader;
  private final Predicate<String> knownCase;
  private final CaseReferenceFinder finder = new CaseReferenceFinder();

  /**
   * @param reader reads the codes on a page
   * @param knownCase whether the kit knows a case with this number
   */
  ScanReferences(PageCodeReader reader, Predicate<String> knownCase) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.knownCase = Objects.requireNonNull(knownCase, "knownCase");
  }

  /** One offer per known case named on the pages, with the pages (numbers as given) naming it. */
  List<ScanAttachmentOffer> offers(List<ScannedPage> pages) {
    List<DetectedCode> codes =
        reader.readAll(pages).stream().map(ScanReferences::unsealed).toList();
    return finder.offers(codes, knownCase);
  }

  /** Whether the kit knows a case with this number. */
  boolean knows(String caseNumber) {
    return knownCase.test(caseNumber);
  }

  /**
   * A stored page as the code reader takes it; empty when the bytes are no readable image.
   *
   * @param number the page number the clerk sees, from 1
   */
  static Optional<ScannedPage> page(int number, byte[] png) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader image = readers.next();
      try {
        image.setInput(in);
        return Optional.of(
            new ScannedPage(
                number, png, image.getWidth(0), image.getHeight(0), CaseFiles.SCAN_DPI));
      } finally {
        image.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A receipt's seal as the case number it carries; every other code as it is. */
  private static DetectedCode unsealed(DetectedCode code) {
    if (!code.text().startsWith(CaseSeal.PREFIX)) {
      return code;
    }
    try {
      return new DetectedCode(
          code.pageNumber(), code.format(), CaseSeal.decode(code.text()).caseNumber());
    } catch (IllegalArgumentException e) {
      return code;
    }
  }
}
