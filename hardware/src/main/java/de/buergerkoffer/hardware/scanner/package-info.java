/**
 * Port of the document scanner: {@link de.buergerkoffer.hardware.scanner.Scanner} scans one or more
 * pages into PNG images that the kit attaches to the case; {@link
 * de.buergerkoffer.hardware.scanner.PageCodeReader} finds barcodes and QR codes on them and {@link
 * de.buergerkoffer.hardware.scanner.CaseReferenceFinder} turns codes that carry a case number into
 * an offer to attach the scan to that case.
 *
 * <p>Adapters: {@code scanner.sane} (any scanner SANE supports, through {@code scanimage}), {@code
 * scanner.simulated} (generated pages), {@code scanner.zxing} (code detection).
 */
package de.buergerkoffer.hardware.scanner;
