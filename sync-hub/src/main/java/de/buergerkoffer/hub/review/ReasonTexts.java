package de.buergerkoffer.hub.review;

import de.buergerkoffer.bundle.RejectReason;

/** Why a bundle was quarantined, in plain German for the town hall's admin. */
public final class ReasonTexts {

  private ReasonTexts() {}

  /** A short German label for the reason. */
  public static String german(RejectReason reason) {
    return switch (reason) {
      case OVERSIZED -> "Zu groß";
      case MALFORMED -> "Beschädigt oder unvollständig";
      case NOT_FOR_THIS_HUB -> "Nicht für dieses Rathaus verschlüsselt";
      case DECRYPTION_FAILED -> "Unterwegs verändert (Entschlüsselung fehlgeschlagen)";
      case BAD_SIGNATURE -> "Signatur ungültig";
      case UNTRUSTED_SIGNER -> "Unbekannter oder abgelaufener Absender";
      case REVOKED_SIGNER -> "Koffer gesperrt";
      case SIGNER_MISMATCH -> "Absender passt nicht zum Koffer";
      case UNSUPPORTED_VERSION -> "Unbekannte Formatversion";
      case UNSAFE_ENTRY -> "Unzulässiger Dateiname im Bündel";
      case HASH_MISMATCH -> "Prüfsumme stimmt nicht";
      case INVALID_CASE_DATA -> "Antragsdaten nicht lesbar";
      case FORM_VALIDATION_FAILED -> "Antrag verletzt Formularregeln";
      case UNKNOWN_FORM -> "Formularversion unbekannt";
    };
  }

  /** What the admin can do about it. */
  public static String hint(RejectReason reason) {
    return switch (reason) {
      case REVOKED_SIGNER ->
          "Der Koffer wurde gesperrt. Erst nach erneuter Anmeldung freigeben, sonst ablehnen.";
      case UNKNOWN_FORM -> "Die Formularversion im Formularkatalog ergänzen, dann freigeben.";
      case UNTRUSTED_SIGNER ->
          "Prüfen, ob das Zertifikat des Koffers abgelaufen ist; Koffer neu anmelden, dann"
              + " freigeben.";
      case FORM_VALIDATION_FAILED ->
          "Die Formularregeln des Rathauses prüfen; passt der Katalog, freigeben, sonst ablehnen.";
      default -> "Technischer Fehler; meist hilft nur Ablehnen, der Koffer sendet erneut.";
    };
  }
}
