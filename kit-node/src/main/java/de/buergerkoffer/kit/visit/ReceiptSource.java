package de.buergerkoffer.kit.visit;

import de.buergerkoffer.hardware.printer.Receipt;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the receipt of a captured case comes from, laid out for the receipt printer: the kit's
 * receipt service with the signed QR seal (wired in {@code VisitConfig}), a fixed receipt in tests.
 */
public interface ReceiptSource {

  /** The receipt for the case; empty if the kit no longer has it. */
  Optional<Receipt> receiptFor(UUID caseId);
}
