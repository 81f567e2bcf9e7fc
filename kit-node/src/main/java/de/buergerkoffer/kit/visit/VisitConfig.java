package de.buergerkoffer.kit.visit;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.hardware.printer.ReceiptPrinter;
import de.buergerkoffer.hardware.scanner.PageCodeReader;
import de.buergerkoffer.hardware.scanner.Scanner;
import de.buergerkoffer.hardware.signature.SignaturePad;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.casestatus.TownHallStatus;
import de.buergerkoffer.kit.downlink.DownlinkStore;
import de.buergerkoffer.kit.downlink.SealedDownlink;
import de.buergerkoffer.kit.protection.DataProtection;
import de.buergerkoffer.kit.sync.DownlinkListener;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the visit flow, the visit plan from the hub and the receipt desk. */
@Configuration
class VisitConfig {

  @Bean
  VisitStore visitStore(JdbcTemplate jdbc, DataProtection protection, Clock clock) {
    return new JdbcVisitStore(jdbc, protection, clock);
  }

  @Bean
  VisitFlow visitFlow(
      VisitStore store,
      FormCatalog catalog,
      Scanner scanner,
      SignaturePad pad,
      CaptureService capture,
      PageCodeReader codes,
      CaseStore cases,
      TownHallStatus townHall,
      Clock clock) {
    ScanReferences references =
        new ScanReferences(
            codes,
            number ->
                cases.hasCaseNumber(number)
                    || townHall.byCase().values().stream()
                        .anyMatch(e -> e.caseNumber().equals(number)));
    return new VisitFlow(store, catalog, scanner, pad, capture, references, clock);
  }

  @Bean
  VisitPlans visitPlans(SealedDownlink downlink, DownlinkStore store) {
    return new VisitPlans(downlink, store);
  }

  @Bean
  DownlinkListener visitPlanListener(VisitPlans plans) {
    return plans.listener();
  }

  @Bean
  VisitRetention visitRetention(
      VisitFlow flow, de.buergerkoffer.kit.config.KitProperties properties) {
    return new VisitRetention(flow, properties.retention());
  }

  /**
   * Ends visits nobody ended, at start-up and every hour, once they are older than the kit's
   * retention time ({@code bk.kit.retention}, default 7 days).
   */
  static class VisitRetention {
    private static final org.slf4j.Logger log =
        org.slf4j.LoggerFactory.getLogger(VisitRetention.class);
    private final VisitFlow flow;
    private final java.time.Duration maxAge;

    VisitRetention(VisitFlow flow, java.time.Duration retention) {
      this.flow = flow;
      this.maxAge = retention == null ? java.time.Duration.ofDays(7) : retention;
    }

    @org.springframework.scheduling.annotation.Scheduled(
        initialDelay = 5_000,
        fixedDelay = 3_600_000)
    void endOldVisits() {
      int ended = flow.endVisitsOlderThan(maxAge);
      if (ended > 0) {
        log.info(
            "{} visit(s) older than {} ended; their drafts and ID data are deleted", ended, maxAge);
      }
    }
  }

  /**
   * The receipt with the kit-signed seal from the kit's receipt service, laid out for the receipt
   * printer.
   */
  @Bean
  ReceiptSource receiptSource(de.buergerkoffer.kit.receipt.ReceiptService receipts) {
    return caseId ->
        receipts.receiptFor(caseId).map(de.buergerkoffer.kit.receipt.CaseReceipt::forPrinter);
  }

  @Bean
  ReceiptDesk receiptDesk(
      ReceiptSource receipts, ReceiptPrinter printer, JdbcTemplate jdbc, Clock clock) {
    return new ReceiptDesk(receipts, printer, jdbc, clock);
  }
}
