package de.buergerkoffer.hardware.idcard.manual;

import java.util.Objects;

/**
 * One thing wrong with pasted or typed document data, to show next to the field.
 *
 * @param field the field's id: {@code mrz}, {@code documentNumber}, {@code
 *     documentNumberCheckDigit}, {@code birthDate}, {@code birthDateCheckDigit}, {@code
 *     expiryDate}, {@code expiryDateCheckDigit}, {@code surname}, {@code givenNames}, {@code
 *     nationality}, {@code personalNumber}, {@code composite}
 * @param messageDe plain German for the clerk
 */
public record EntryProblem(String field, String messageDe) {
  public EntryProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageDe, "messageDe");
  }
}
