package de.buergerkoffer.hardware.printer.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.Receipt;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedReceiptPrinterTest {

  private final SimulatedReceiptPrinter printer =
      new SimulatedReceiptPrinter(MutableClock.at("2025-11-21T10:00:00Z"));
  private final Receipt receipt = Receipt.builder().title("Beleg").qr("BK01-000001-8").build();

  @Test
  void recordsWhatItPrintedAndShowsItAsText() {
    assertThat(printer.print(receipt))
        .isEqualTo(new PrintResult.Printed(Instant.parse("2025-11-21T10:00:00Z")));

    assertThat(printer.printed()).containsExactly(receipt);
    assertThat(printer.lastAsText()).anyMatch(l -> l.contains("[QR: BK01-000001-8]"));
    assertThat(printer.status().lastUsed()).isPresent();
  }

  @Test
  void whenSwitchedOffItKeepsNothingAndSaysToPrintLater() {
    printer.switchOff();

    PrintResult result = printer.print(receipt);

    assertThat(result).isInstanceOf(PrintResult.PrinterUnavailable.class);
    assertThat(((PrintResult.Failure) result).messageDe()).contains("später gedruckt");
    assertThat(printer.printed()).isEmpty();
  }
}
