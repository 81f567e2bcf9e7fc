package de.buergerkoffer.kit.receipt;

import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.documents.CaseDocuments;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReceiptConfig {

  @Bean
  ReceiptService receiptService(
      KitProperties properties,
      CaseStore cases,
      CaseDocuments documents,
      KitEnrollment enrollment) {
    return new ReceiptService(properties.id(), cases, documents, enrollment::identity);
  }
}
