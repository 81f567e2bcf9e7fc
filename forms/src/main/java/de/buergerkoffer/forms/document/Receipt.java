package de.buergerkoffer.forms.document;

import de.buergerkoffer.forms.AttachmentRequirement;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.forms.seal.ReceiptSigner;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the resident takes home: case number, service, date, place, clerk, what happens next, and
 * the kit's signed seal over case number, date and data fingerprint, so the town hall can check by
 * a scan that a receipt shown to it is genuine. Printed by {@link ThermalReceipt} (receipt printer)
 * or {@link ReceiptPdf} (A4).
 *
 * @param caseNumber the case number
 * @param serviceDe the service's name in German
 * @param serviceEn the service's name in English
 * @param capturedAt when the case was captured, in the town hall's zone
 * @param clerk who captured it
 * @param place where it was captured
 * @param municipality whose receipt it is
 * @param nextStepsDe what happens next, in German
 * @param nextStepsEn the same in English
 * @param handedInDe what the resident handed in besides the values, in German
 *     ("Wohnungsgeberbestätigung (2 Seiten)", "Unterschrift"), possibly empty
 * @param seal the signed seal the QR code carries
 */
public record Receipt(
    String caseNumber,
    String serviceDe,
    String serviceEn,
    ZonedDateTime capturedAt,
    String clerk,
    String place,
    Municipality municipality,
    String nextStepsDe,
    String nextStepsEn,
    List<String> handedInDe,
    CaseSeal seal) {

  public Receipt {
    Objects.requireNonNull(caseNumber, "caseNumber");
    handedInDe = List.copyOf(handedInDe);
    Objects.requireNonNull(seal, "seal");
    if (!seal.caseNumber().equals(caseNumber)) {
      throw new IllegalArgumentException("the seal is for another case");
    }
  }

  /** The receipt for a case, sealed with the kit's key. */
  public static Receipt of(CaseDocument doc, ReceiptSigner signer) {
    return new Receipt(
        doc.caseNumber(),
        doc.form().titleDe(),
        doc.form().titleEn(),
        doc.localTime(),
        doc.clerk(),
        doc.place(),
        doc.municipality(),
        doc.form().receipt().nextStepsDe(),
        doc.form().receipt().nextStepsEn(),
        handedIn(doc),
        CaseSeal.signed(doc.caseNumber(), doc.captureDay(), doc.dataHash(), signer));
  }

  /** The documents of a case as listed on its receipt, in form order, then the signature. */
  static List<String> handedIn(CaseDocument doc) {
    List<String> out = new ArrayList<>();
    for (CaseAttachment a : doc.attachments()) {
      String label =
          doc.form()
              .attachment(a.requirementId())
              .map(AttachmentRequirement::labelDe)
              .orElse(a.requirementId());
      int pages = a.pages().size();
      out.add(label + " (" + pages + (pages == 1 ? " Seite)" : " Seiten)"));
    }
    if (doc.signature() != null) {
      out.add("Unterschrift");
    }
    return out;
  }

  /** The text of the QR code. */
  public String qrText() {
    return seal.encode();
  }
}
