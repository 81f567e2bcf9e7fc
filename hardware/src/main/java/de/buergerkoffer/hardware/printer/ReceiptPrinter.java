package de.buergerkoffer.hardware.printer;

import de.buergerkoffer.hardware.Device;

/**
 * Prints receipts for citizens.
 *
 * <p>Contract: {@link #print(Receipt)} blocks until the printer took the job or failed (a few
 * seconds), never throws for printer problems and never returns null. A failed print changes
 * nothing about the case: the kit keeps the receipt and offers "später drucken".
 */
public interface ReceiptPrinter extends Device {

  /** Prints the receipt and cuts the paper where the printer can. */
  PrintResult print(Receipt receipt);
}
