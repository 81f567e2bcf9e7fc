package de.buergerkoffer.hub.ingest;

import de.buergerkoffer.bundle.BundleLimits;
import de.buergerkoffer.bundle.BundleOpener;
import de.buergerkoffer.bundle.transfer.ChunkAssembler;
import de.buergerkoffer.bundle.transfer.ChunkStore;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.config.SerialWrites;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.kits.KitRegistry;
import de.buergerkoffer.hub.quarantine.Quarantine;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IngestConfig {

  @Bean
  IngestService ingestService(
      HubKeys keys,
      ReceivedCases cases,
      Quarantine quarantine,
      FormCatalog catalog,
      ChunkStore chunks,
      KitRegistry kits,
      Clock clock,
      AuditLog audit,
      SerialWrites writes) {
    BundleLimits limits = BundleLimits.defaults();
    BundleOpener opener =
        new BundleOpener(keys.encryption(), keys.ca().certificate(), limits, clock);
    return new IngestService(
        opener,
        new ChunkAssembler(chunks, limits),
        cases,
        quarantine,
        catalog,
        keys.signing(),
        chunks,
        kits,
        clock,
        audit,
        writes.lock());
  }
}
