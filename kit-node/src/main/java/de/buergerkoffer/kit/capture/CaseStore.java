package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.IdentityCheck;
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
  default CapturedCase storeNew(
      String formId,
      int formVersion,
      String clerk,
      Instant capturedAt,
      Map<String, String> fields,
      List<Attachment> attachments) {
    return storeNew(
        formId, formVersion, clerk, capturedAt, fields, attachments, DocumentRenderer.NONE);
  }

  /**
   * Stores a new case like the form above, plus the documents {@code documents} makes from it (its
   * PDF), in the same transaction: the case enters the outbox with them.
   */
  default CapturedCase storeNew(
      String formId,
      int formVersion,
      String clerk,
      Instant capturedAt,
      Map<String, String> fields,
      List<Attachment> attachments,
      DocumentRenderer documents) {
    return storeNew(formId, formVersion, clerk, capturedAt, fields, attachments, null, documents);
  }

  /**
   * Stores a new case with how the resident's identity was established.
   *
   * @param identityCheck from the visit's ID-card step, or null when none was established
   */
  CapturedCase storeNew(
      String formId,
      int formVersion,
      String clerk,
      Instant capturedAt,
      Map<String, String> fields,
      List<Attachment> attachments,
      IdentityCheck identityCheck,
      DocumentRenderer documents);

  /** Whether a case with this number was captured on this kit (also after its data was purged). */
  boolean hasCaseNumber(String caseNumber);

  /** A case's documents with their bytes (decrypted), by name. */
  List<Attachment> attachments(UUID caseId);

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
