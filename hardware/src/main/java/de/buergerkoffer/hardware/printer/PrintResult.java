package de.buergerkoffer.hardware.printer;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of {@link ReceiptPrinter#print(Receipt)}: printed, or why not with a German message
 * that tells the clerk how to go on (usually: print later, the case is saved).
 */
public sealed interface PrintResult permits PrintResult.Printed, PrintResult.Failure {

  /** The printer took the whole job. */
  record Printed(Instant printedAt) implements PrintResult {
    public Printed {
      Objects.requireNonNull(printedAt, "printedAt");
    }
  }

  /** Nothing (or not all) was printed. */
  sealed interface Failure extends PrintResult permits PrinterUnavailable, PrintFailed {
    /** Plain German for the clerk, including the way on. */
    String messageDe();
  }

  /** No printer there: switched off, unplugged, unreachable, none configured. */
  record PrinterUnavailable(String messageDe) implements Failure {}

  /** The printer was there but the job broke off; part of the receipt may have come out. */
  record PrintFailed(String messageDe) implements Failure {}
}
