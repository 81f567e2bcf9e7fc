package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.Attachment;
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
      String formId,
      int formVersion,
      String clerk,
      Instant capturedAt,
      Map<String, String> fields,
      List<Attachment> attachments);

  /** Stores a new case without documents; see the full form. */
  default CapturedCase storeNew(
      String formId,
      int formVersion,
      String clerk,
      Instant capturedAt,
      Map<String, String> fields) {
    return storeNew(formId, formVersion, clerk, capturedAt, fields, List.of());
  }

  /** The names of a case's documents. */
  List<String> attachmentNames(UUID caseId);

  /** Newest first. */
  List<CapturedCase> recent(int limit);

  Optional<CapturedCase> find(UUID caseId);
}
