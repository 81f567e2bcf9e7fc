package de.buergerkoffer.forms;

/**
 * A datum of the German ID card (or passport) that may prefill a field, so the clerk types less and
 * copies fewer mistakes. The card reader adapter delivers these; {@link Prefill} puts them into the
 * fields that name them. The clerk still checks every prefilled value.
 */
public enum IdCardAttribute {
  FAMILY_NAME,
  BIRTH_NAME,
  GIVEN_NAMES,
  DOCTORAL_DEGREE,
  /** ISO-8601 date. */
  DATE_OF_BIRTH,
  PLACE_OF_BIRTH,
  NATIONALITY,
  /** Street and house number in one text, as printed on the card ("Hauptstraße 12a"). */
  STREET_AND_NUMBER,
  POSTAL_CODE,
  CITY,
  /**
   * The whole address of residence, for an {@link FieldType#ADDRESS} field: filled from {@link
   * #STREET_AND_NUMBER}, {@link #POSTAL_CODE} and {@link #CITY}.
   */
  RESIDENCE,
  /** The document number, for forms about the document itself (loss report). */
  DOCUMENT_NUMBER
}
