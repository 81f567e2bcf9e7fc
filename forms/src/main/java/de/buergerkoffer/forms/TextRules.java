package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Extra checks for a {@link FieldType#TEXT} field.
 *
 * @param pattern a regular expression the whole (stripped) value must match, or null
 * @param formatDe how a matching value looks, in German, added to the error message ("fünf
 *     Ziffern"), or null
 * @param formatEn the same in English, or null
 * @param maxLength the most characters allowed, or null for no limit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextRules(String pattern, String formatDe, String formatEn, Integer maxLength) {}
