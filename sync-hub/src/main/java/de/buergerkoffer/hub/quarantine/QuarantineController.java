package de.buergerkoffer.hub.quarantine;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quarantined bundles over the JSON API (the admin page follows with the hub UI). */
@RestController
class QuarantineController {

  private final Quarantine quarantine;

  QuarantineController(Quarantine quarantine) {
    this.quarantine = quarantine;
  }

  /** A quarantined bundle as listed, without its bytes. */
  record Entry(
      Instant receivedAt,
      String topicKitId,
      UUID bundleId,
      String sha256,
      long sizeBytes,
      String reason,
      String detail) {}

  @Operation(summary = "The 100 most recently quarantined bundles")
  @GetMapping("/api/quarantine")
  List<Entry> recent() {
    return quarantine.recent(100).stream()
        .map(
            q ->
                new Entry(
                    q.receivedAt(),
                    q.topicKitId(),
                    q.bundleId(),
                    q.sha256(),
                    q.sizeBytes(),
                    q.reason().name(),
                    q.detail()))
        .toList();
  }
}
