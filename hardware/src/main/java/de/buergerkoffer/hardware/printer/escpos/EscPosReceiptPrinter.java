package de.buergerkoffer.hardware.printer.escpos;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.Receipt;
import de.buergerkoffer.hardware.printer.ReceiptPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;

/**
 * {@link ReceiptPrinter} for ESC/POS thermal printers.
 *
 * <p>Renders the receipt completely in memory, then opens the connection and writes it in one go.
 * If the connection cannot be opened nothing was printed ({@link PrintResult.PrinterUnavailable});
 * if it breaks while writing, part of the receipt may be out ({@link PrintResult.PrintFailed}). Raw
 * ESC/POS gives no paper-out feedback: the clerk sees an empty receipt and prints again. Jobs are
 * serialised.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {

  private final PrinterConnection connection;
  private final EscPosReceiptRenderer renderer;
  private final Clock clock;
  private final DeviceStatusTracker status;

  /**
   * @param connection where the printer is
   * @param settings code page, columns, cut
   * @param clock source of "printed at" and "last used"
   */
  public EscPosReceiptPrinter(PrinterConnection connection, EscPosSettings settings, Clock clock) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.renderer = new EscPosReceiptRenderer(settings);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.status =
        new DeviceStatusTracker(
            DeviceKind.RECEIPT_PRINTER,
            connection.adapterName(),
            clock,
            "Belegdrucker (" + connection.describe() + ") noch nicht geprüft.");
  }

  @Override
  public synchronized PrintResult print(Receipt receipt) {
    byte[] job = renderer.render(receipt);
    OutputStream out;
    try {
      out = connection.open();
    } catch (IOException e) {
      String message =
          "Der Belegdrucker ("
              + connection.describe()
              + ") ist nicht erreichbar. Bitte einschalten und Kabel bzw. Netzwerk prüfen. Der"
              + " Vorgang ist gespeichert; der Beleg kann später gedruckt werden.";
      status.notConnected(message);
      return new PrintResult.PrinterUnavailable(message);
    }
    try (out) {
      out.write(job);
      out.flush();
    } catch (IOException e) {
      String message =
          "Der Druck wurde unterbrochen. Bitte Papier und Drucker prüfen und den Beleg erneut"
              + " drucken. Der Vorgang ist gespeichert.";
      status.failed(message);
      return new PrintResult.PrintFailed(message);
    }
    status.used("Belegdrucker bereit (" + connection.describe() + ").");
    return new PrintResult.Printed(clock.instant());
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  /** Opens and closes the connection (no paper used). */
  @Override
  public synchronized DeviceStatus probe() {
    if (connection.isReachable()) {
      return status.connected("Belegdrucker bereit (" + connection.describe() + ").");
    }
    return status.notConnected(
        "Der Belegdrucker ("
            + connection.describe()
            + ") ist nicht erreichbar. Bitte einschalten und Kabel bzw. Netzwerk prüfen.");
  }
}
