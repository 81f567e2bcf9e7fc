package de.buergerkoffer.hardware.printer.a4;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.Receipt;
import de.buergerkoffer.hardware.printer.ReceiptPrinter;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;

/**
 * {@link ReceiptPrinter} that prints the receipt on an A4 page through the system print service
 * (CUPS via {@code javax.print}), for kits with an ordinary printer.
 *
 * <p>"Printed" means the print service accepted the job; whether paper came out, CUPS knows. No
 * print service at all is reported as {@link PrintResult.PrinterUnavailable} with a German message.
 */
public final class A4ReceiptPrinter implements ReceiptPrinter {

  private static final String NO_SERVICE =
      "Es ist kein Drucker für A4 eingerichtet. Bitte einen Drucker anschließen und im System"
          + " einrichten. Der Vorgang ist gespeichert; der Beleg kann später gedruckt werden.";

  private final PrintServiceFinder finder;
  private final Clock clock;
  private final DeviceStatusTracker status;

  /**
   * @param finder which print service to use ({@link PrintServiceFinder#systemDefault()})
   * @param clock source of "printed at" and "last used"
   */
  public A4ReceiptPrinter(PrintServiceFinder finder, Clock clock) {
    this.finder = Objects.requireNonNull(finder, "finder");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.status =
        new DeviceStatusTracker(
            DeviceKind.RECEIPT_PRINTER, "a4-system", clock, "A4-Drucker noch nicht geprüft.");
  }

  @Override
  public synchronized PrintResult print(Receipt receipt) {
    Optional<PrintService> service = findService();
    if (service.isEmpty()) {
      status.notConnected(NO_SERVICE);
      return new PrintResult.PrinterUnavailable(NO_SERVICE);
    }
    DocPrintJob job = service.get().createPrintJob();
    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(MediaSizeName.ISO_A4);
    attributes.add(new JobName("Bürgerkoffer Beleg", null));
    try {
      job.print(
          new SimpleDoc(new ReceiptPage(receipt), DocFlavor.SERVICE_FORMATTED.PRINTABLE, null),
          attributes);
    } catch (PrintException | RuntimeException e) {
      String message =
          "Der Drucker „"
              + service.get().getName()
              + "“ hat den Auftrag abgelehnt. Bitte Drucker prüfen und den Beleg erneut drucken."
              + " Der Vorgang ist gespeichert.";
      status.failed(message);
      return new PrintResult.PrintFailed(message);
    }
    status.used("A4-Drucker „" + service.get().getName() + "“ bereit.");
    return new PrintResult.Printed(clock.instant());
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  /** Looks the print service up again. */
  @Override
  public synchronized DeviceStatus probe() {
    Optional<PrintService> service = findService();
    if (service.isEmpty()) {
      return status.notConnected(NO_SERVICE);
    }
    return status.connected("A4-Drucker „" + service.get().getName() + "“ bereit.");
  }

  private Optional<PrintService> findService() {
    try {
      return finder.find();
    } catch (RuntimeException e) {
      return Optional.empty(); // e.g. CUPS not running: same as no printer for the clerk
    }
  }
}
