package de.buergerkoffer.forms.seal;

/**
 * The town hall's verdict on a scanned receipt QR code. A genuine seal still has to be compared
 * with the stored case ({@link CaseSeal#matches}) before the receipt counts as matching.
 */
public sealed interface SealCheck {

  /** The seal is well-formed and its signature verifies. */
  record Genuine(CaseSeal seal) implements SealCheck {}

  /** The text is no valid signed seal. */
  record Rejected(Reason reason, String messageDe, String messageEn) implements SealCheck {}

  /** Why a seal was rejected. */
  enum Reason {
    /** Not a seal, or damaged. */
    MALFORMED,
    /** A seal without signature (from a case document, not a receipt). */
    UNSIGNED,
    /** Signature wrong, or the signer unknown to the town hall. */
    BAD_SIGNATURE
  }

  /** Reads and verifies the text of a scanned receipt QR code. */
  static SealCheck of(String qrText, ReceiptVerifier verifier) {
    CaseSeal seal;
    try {
      seal = CaseSeal.decode(qrText);
    } catch (IllegalArgumentException e) {
      return new Rejected(
          Reason.MALFORMED,
          "Der Code ist kein gültiges Bürgerkoffer-Siegel.",
          "The code is not a valid Bürgerkoffer seal.");
    }
    if (!seal.isSigned()) {
      return new Rejected(
          Reason.UNSIGNED,
          "Der Code ist nicht signiert (Aktenexemplar, keine Empfangsbestätigung).",
          "The code is not signed (case document, not a receipt).");
    }
    if (!seal.verify(verifier)) {
      return new Rejected(
          Reason.BAD_SIGNATURE,
          "Die Signatur ist ungültig – die Bestätigung ist nicht echt.",
          "The signature is invalid – the receipt is not genuine.");
    }
    return new Genuine(seal);
  }
}
