package de.buergerkoffer.kit.capture;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The kit's durable store of captured cases. */
public interface CaseStore {

  /**
   * Stores a new case and its outbox entry in one transaction and gives it the next case number.
   * When this returns, both are on disk.
   */
  CapturedCase storeNew(
      String formId, int formVersion, String clerk, Instant capturedAt, Map<String, String> fields);

  /** Newest first. */
  List<CapturedCase> recent(int limit);

  Optional<CapturedCase> find(UUID caseId);
}
