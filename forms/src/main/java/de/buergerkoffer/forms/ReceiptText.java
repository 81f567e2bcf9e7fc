package de.buergerkoffer.forms;

/**
 * What the resident's receipt says about the next steps of this service ("Sie erhalten die
 * Bescheinigung per Post").
 *
 * @param nextStepsDe in German
 * @param nextStepsEn in English
 */
public record ReceiptText(String nextStepsDe, String nextStepsEn) {

  /** A neutral text for forms that define none. */
  public static ReceiptText standard() {
    return new ReceiptText(
        "Ihr Antrag wird im Rathaus bearbeitet. Bei Fragen nennen Sie bitte die Vorgangsnummer.",
        "Your application will be processed at the town hall. Please quote the case number.");
  }
}
