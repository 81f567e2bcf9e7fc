package de.buergerkoffer.hub.receipts;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.kits.KitRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReceiptCheckConfig {

  @Bean
  ReceiptCheck receiptCheck(KitRegistry kits, ReceivedCases cases, FormCatalog catalog) {
    return new ReceiptCheck(kits, cases, catalog);
  }
}
