package de.buergerkoffer.hardware.printer.a4;

import java.util.Arrays;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/**
 * Finds the print service to use, looked up anew for every job (printers come and go). A function,
 * so tests can stage "no printer at all" without touching the machine's CUPS.
 */
@FunctionalInterface
public interface PrintServiceFinder {

  /** The service to print on, if any. */
  Optional<PrintService> find();

  /** The system's default printer (CUPS: {@code lpoptions -d NAME}). */
  static PrintServiceFinder systemDefault() {
    return () -> Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
  }

  /** The printer with exactly this name (CUPS queue name), if it exists. */
  static PrintServiceFinder named(String name) {
    return () ->
        Arrays.stream(
                PrintServiceLookup.lookupPrintServices(DocFlavor.SERVICE_FORMATTED.PRINTABLE, null))
            .filter(s -> s.getName().equals(name))
            .findFirst();
  }
}
