package de.buergerkoffer.hardware.scanner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Scanner#scan(ScanRequest)}: pages, or one of the known reasons why there
 * are none, each with a German message that tells the clerk how to go on.
 */
public sealed interface ScanResult permits ScanResult.Scanned, ScanResult.Failure {

  /**
   * Pages came out.
   *
   * @param pages at least one, numbered from 1
   * @param warningDe set when the scan stopped early (jam, cover) but some pages are kept
   */
  record Scanned(List<ScannedPage> pages, Optional<String> warningDe) implements ScanResult {
    public Scanned {
      pages = List.copyOf(pages);
      Objects.requireNonNull(warningDe, "warningDe");
      if (pages.isEmpty()) {
        throw new IllegalArgumentException("a scan without pages is a failure");
      }
    }
  }

  /** No pages; the message says why and how to go on. */
  sealed interface Failure extends ScanResult permits ScannerUnavailable, NoPaper, ScanFailed {
    /** Plain German for the clerk, including the way on. */
    String messageDe();
  }

  /** No scanner there: not plugged in, switched off, not installed. */
  record ScannerUnavailable(String messageDe) implements Failure {}

  /** The scanner is there but has nothing to scan (empty feeder). */
  record NoPaper(String messageDe) implements Failure {}

  /** The scanner failed: jam, cover open, busy, unexpected error. */
  record ScanFailed(String messageDe) implements Failure {}
}
