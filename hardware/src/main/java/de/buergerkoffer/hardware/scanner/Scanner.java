package de.buergerkoffer.hardware.scanner;

import de.buergerkoffer.hardware.Device;

/**
 * Scans paper into page images.
 *
 * <p>Contract: {@link #scan(ScanRequest)} blocks until the scanner is done (seconds to a minute for
 * a full feeder), never throws for device problems and never returns null. Pages that were scanned
 * before a problem (say a jam on page 3) are returned with a warning rather than thrown away. The
 * scanner keeps no copy: the caller attaches the pages to the case.
 */
public interface Scanner extends Device {

  /**
   * Scans what lies on the glass or in the feeder.
   *
   * @param request resolution, colour and paper source
   * @return the pages, or why there are none
   */
  ScanResult scan(ScanRequest request);
}
