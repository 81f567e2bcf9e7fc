package de.buergerkoffer.hardware.scanner;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds barcodes and QR codes on scanned pages, e.g. the reference number printed on a letter from
 * the town hall.
 *
 * <p>Contract: never throws for unreadable pages; a page without codes gives an empty list.
 */
public interface PageCodeReader {

  /** The codes found on one page, in no particular order. */
  List<DetectedCode> read(ScannedPage page);

  /** The codes found on all pages, page by page. */
  default List<DetectedCode> readAll(List<ScannedPage> pages) {
    List<DetectedCode> all = new ArrayList<>();
    for (ScannedPage page : pages) {
      all.addAll(read(page));
    }
    return all;
  }
}
