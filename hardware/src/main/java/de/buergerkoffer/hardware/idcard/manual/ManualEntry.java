package de.buergerkoffer.hardware.idcard.manual;

/**
 * Everything the clerk types from an identity document when the chip cannot be read. Raw text, as
 * typed: {@link ManualEntryValidator} does all checking and normalising.
 *
 * @param documentType {@code ID}, {@code P} …; blank if unknown
 * @param issuingState issuing state, e.g. {@code D}; blank if unknown
 * @param surname surname(s) as printed, umlauts welcome
 * @param givenNames given names as printed, may be blank
 * @param nationality nationality code, e.g. {@code D}
 * @param key document number, dates and their check digits
 */
public record ManualEntry(
    String documentType,
    String issuingState,
    String surname,
    String givenNames,
    String nationality,
    AccessKeyEntry key) {}
