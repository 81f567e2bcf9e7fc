package de.buergerkoffer.hub.review;

import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.ingest.AckChannel;
import de.buergerkoffer.hub.ingest.IngestService;
import de.buergerkoffer.hub.quarantine.Quarantine;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReviewConfig {

  @Bean
  QuarantineReview quarantineReview(
      Quarantine quarantine, IngestService ingest, AckChannel acks, AuditLog audit, Clock clock) {
    return new QuarantineReview(quarantine, ingest::retry, acks, audit, clock);
  }
}
