package de.buergerkoffer.forms;

/**
 * A value (or a missing document) that breaks a rule of its form. The kit shows {@link
 * #messageDe()} next to the field; the hub quarantines a bundle with field and rule.
 *
 * @param fieldId the case-data key of the value ({@code persons[1].birthDate}, {@code
 *     newAddress.postalCode}), an attachment id, {@code signature}, or the key that belongs to no
 *     field
 * @param rule the rule's stable code: {@code required}, {@code pattern}, {@code max-length}, {@code
 *     date}, {@code not-in-future}, {@code too-late}, {@code not-in-past}, {@code too-early},
 *     {@code choice}, {@code yes-no}, {@code number}, {@code decimals}, {@code min}, {@code max},
 *     {@code max-items}, {@code unknown-field}, {@code attachment-required}, {@code max-pages},
 *     {@code signature-required}, or the id of a cross-field rule of the form
 * @param messageDe plain German for the clerk
 * @param messageEn the same in English
 */
public record FieldError(String fieldId, String rule, String messageDe, String messageEn) {}
