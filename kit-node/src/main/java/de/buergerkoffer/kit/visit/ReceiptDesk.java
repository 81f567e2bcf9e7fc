package de.buergerkoffer.kit.visit;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.ReceiptPrinter;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints receipts and remembers the ones that did not come out ("Beleg später drucken"): the case
 * is saved either way, and the list of unprinted receipts survives a restart.
 */
public final class ReceiptDesk {

  private final ReceiptSource receipts;
  private final ReceiptPrinter printer;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ReceiptDesk(ReceiptSource receipts, ReceiptPrinter printer, JdbcTemplate jdbc, Clock clock) {
    this.receipts = receipts;
    this.printer = printer;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Prints the case's receipt; a failure puts it on the list of receipts to print later. */
  public PrintResult print(UUID caseId) {
    PrintResult result;
    try {
      result =
          receipts
              .receiptFor(caseId)
              .<PrintResult>map(printer::print)
              .orElse(
                  new PrintResult.PrintFailed(
                      "Für diesen Vorgang gibt es keinen Beleg mehr auf dem Koffer."));
    } catch (IllegalStateException e) {
      // e.g. the kit cannot seal a receipt yet; the case is saved, the receipt can come later
      result = new PrintResult.PrintFailed(e.getMessage());
    }
    if (result instanceof PrintResult.Printed) {
      jdbc.update("DELETE FROM unprinted_receipt WHERE case_id = ?", caseId.toString());
    } else {
      jdbc.update(
          "INSERT OR IGNORE INTO unprinted_receipt (case_id, since) VALUES (?, ?)",
          caseId.toString(),
          StoredTime.format(clock.instant()));
    }
    return result;
  }

  /** Cases whose receipt is still to be printed, oldest first. */
  public List<UUID> unprinted() {
    return jdbc
        .queryForList("SELECT case_id FROM unprinted_receipt ORDER BY since", String.class)
        .stream()
        .map(UUID::fromString)
        .toList();
  }
}
