package de.buergerkoffer.kit.visit;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.Receipt;
import de.buergerkoffer.hardware.printer.simulated.SimulatedReceiptPrinter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** "Beleg später drucken": a receipt that did not come out is remembered until it does. */
class ReceiptDeskTest {

  private final Clock clock = Clock.systemUTC();
  private final SimulatedReceiptPrinter printer = new SimulatedReceiptPrinter(clock);
  private final UUID caseId = UUID.randomUUID();
  @TempDir Path dataDir;
  private JdbcTemplate jdbc;
  private ReceiptDesk desk;

  @BeforeEach
  void setUp() {
    DataSource db = new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("kit.db"));
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    jdbc = new JdbcTemplate(db);
    desk = newDesk();
  }

  private ReceiptDesk newDesk() {
    ReceiptSource receipts =
        id ->
            Optional.of(Receipt.builder().title("Empfangsbestätigung").text(id.toString()).build());
    return new ReceiptDesk(receipts, printer, jdbc, clock);
  }

  @Test
  void aPrintedReceiptLeavesNothingToPrintLater() {
    assertThat(desk.print(caseId)).isInstanceOf(PrintResult.Printed.class);

    assertThat(desk.unprinted()).isEmpty();
    assertThat(printer.printed()).hasSize(1);
  }

  @Test
  void aReceiptThePrinterDidNotTakeIsListedEvenAfterARestartUntilItIsPrinted() {
    printer.switchOff();

    PrintResult failed = desk.print(caseId);

    assertThat(failed).isInstanceOf(PrintResult.Failure.class);
    assertThat(((PrintResult.Failure) failed).messageDe()).contains("später gedruckt");
    assertThat(newDesk().unprinted()).containsExactly(caseId);

    printer.switchOn();
    assertThat(newDesk().print(caseId)).isInstanceOf(PrintResult.Printed.class);
    assertThat(desk.unprinted()).isEmpty();
  }
}
