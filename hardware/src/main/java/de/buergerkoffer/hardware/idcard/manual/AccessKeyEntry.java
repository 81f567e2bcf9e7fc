package de.buergerkoffer.hardware.idcard.manual;

/**
 * Document number, birth date and expiry date as the clerk typed them, each with the check digit
 * that follows it in the machine-readable zone on the back of the card. Raw text: {@link
 * ManualEntryValidator} does all checking.
 *
 * @param documentNumber e.g. {@code T22000129}; spaces and lower case are forgiven
 * @param documentNumberCheckDigit the digit after the number in the MRZ
 * @param birthDate {@code 12.08.1964}, {@code 1964-08-12} or {@code 640812}
 * @param birthDateCheckDigit the digit after the birth date in the MRZ
 * @param expiryDate like the birth date
 * @param expiryDateCheckDigit the digit after the expiry date in the MRZ
 */
public record AccessKeyEntry(
    String documentNumber,
    String documentNumberCheckDigit,
    String birthDate,
    String birthDateCheckDigit,
    String expiryDate,
    String expiryDateCheckDigit) {}
