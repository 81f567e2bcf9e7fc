package de.buergerkoffer.kit.receipt;

import de.buergerkoffer.forms.document.CaseDocument;
import de.buergerkoffer.forms.document.Receipt;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.documents.CaseDocuments;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The resident's receipt for a captured case: case number, service, date, place, clerk, what was
 * handed in, next steps, and a seal over case number, date and data fingerprint signed with this
 * kit's key, so the town hall can tell a genuine receipt from a forged one ({@code GET
 * /beleg/pruefen} on the hub).
 *
 * <p>Builds the receipt anew on each call from the stored case (nothing extra is stored); the seal
 * is the same each time for the same case, since the data does not change.
 */
public final class ReceiptService {

  private final String kitId;
  private final CaseStore cases;
  private final CaseDocuments documents;
  private final Supplier<Optional<KitIdentity>> identity;

  public ReceiptService(
      String kitId,
      CaseStore cases,
      CaseDocuments documents,
      Supplier<Optional<KitIdentity>> identity) {
    this.kitId = kitId;
    this.cases = cases;
    this.documents = documents;
    this.identity = identity;
  }

  /**
   * The receipt of a case.
   *
   * @return empty when the kit holds no such case, or no longer its data (deleted after the
   *     retention time), or no longer the form version it was captured with
   * @throws IllegalStateException when the kit is not enrolled yet and so has no key to seal with
   */
  public Optional<CaseReceipt> receiptFor(UUID caseId) {
    Optional<CapturedCase> found = cases.find(caseId);
    if (found.isEmpty() || found.get().fields().isEmpty()) {
      return Optional.empty();
    }
    KitIdentity id =
        identity
            .get()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Der Koffer ist noch nicht beim Rathaus angemeldet; ohne seinen Schlüssel"
                            + " kann er keinen Beleg siegeln."));
    Optional<CaseDocument> doc = documents.document(found.get(), cases.attachments(caseId));
    return doc.map(
        d -> new CaseReceipt(Receipt.of(d, new KitSealSigner(kitId, id.kit().privateKey()))));
  }
}
