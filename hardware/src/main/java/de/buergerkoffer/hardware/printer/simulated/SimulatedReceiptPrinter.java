package de.buergerkoffer.hardware.printer.simulated;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.Receipt;
import de.buergerkoffer.hardware.printer.ReceiptLayout;
import de.buergerkoffer.hardware.printer.ReceiptPrinter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link ReceiptPrinter} without hardware that records every receipt, for demos, tests and kits
 * without a printer. It can be switched off to try the "print later" path.
 *
 * <p>Thread-safe.
 */
public final class SimulatedReceiptPrinter implements ReceiptPrinter {

  private static final int COLUMNS = 48;
  private static final String READY = "Simulierter Belegdrucker bereit.";

  private final Clock clock;
  private final DeviceStatusTracker status;
  private final List<Receipt> printed = new ArrayList<>();
  private boolean on = true;

  public SimulatedReceiptPrinter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.status = new DeviceStatusTracker(DeviceKind.RECEIPT_PRINTER, "simulated", clock, READY);
    status.connected(READY);
  }

  @Override
  public synchronized PrintResult print(Receipt receipt) {
    if (!on) {
      return new PrintResult.PrinterUnavailable(offMessage());
    }
    printed.add(receipt);
    status.used(READY);
    return new PrintResult.Printed(clock.instant());
  }

  /** Everything printed so far, oldest first. */
  public synchronized List<Receipt> printed() {
    return List.copyOf(printed);
  }

  /** How the last receipt would look on 80 mm paper, for the device page; empty if none. */
  public synchronized List<String> lastAsText() {
    return printed.isEmpty()
        ? List.of()
        : ReceiptLayout.plainText(printed.get(printed.size() - 1), COLUMNS);
  }

  /** Switches the printer off: further prints fail as unavailable. */
  public synchronized void switchOff() {
    on = false;
    status.notConnected(offMessage());
  }

  /** Switches the printer back on. */
  public synchronized void switchOn() {
    on = true;
    status.connected(READY);
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  private static String offMessage() {
    return "Der Belegdrucker ist ausgeschaltet. Der Vorgang ist gespeichert; der Beleg kann"
        + " später gedruckt werden.";
  }
}
