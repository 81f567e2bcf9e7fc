package de.buergerkoffer.forms;

/**
 * A field value that breaks a rule of its form.
 *
 * @param fieldId the field, or the form id for a value that belongs to no field
 * @param rule the rule's stable code ({@code required}, {@code pattern}, {@code date}, {@code
 *     not-in-future}, {@code choice}, {@code unknown-field})
 * @param messageDe plain German for the clerk
 * @param messageEn the same in English
 */
public record FieldError(String fieldId, String rule, String messageDe, String messageEn) {}
