package de.buergerkoffer.forms;

import java.util.List;

/**
 * One field of a form.
 *
 * @param id stable key of the value in case data
 * @param labelDe label shown to the clerk and printed on documents (German)
 * @param labelEn English label
 * @param type how the value is entered and checked
 * @param required whether a value must be present
 * @param pattern for text, a regular expression the whole value must match, or null
 * @param choices for a choice, the allowed option keys with their labels, in display order
 * @param dateRule for a date, which dates are plausible, or null
 */
public record FieldDefinition(
    String id,
    String labelDe,
    String labelEn,
    FieldType type,
    boolean required,
    String pattern,
    List<Choice> choices,
    DateRule dateRule) {

  public FieldDefinition {
    choices = List.copyOf(choices);
  }

  /** An option of a choice field. */
  public record Choice(String key, String labelDe, String labelEn) {}

  /** Which dates a date field accepts, relative to the day of capture. */
  public enum DateRule {
    /** Today or earlier, such as a date of birth. */
    NOT_IN_FUTURE
  }

  static FieldDefinition text(String id, String de, String en, boolean required, String pattern) {
    return new FieldDefinition(id, de, en, FieldType.TEXT, required, pattern, List.of(), null);
  }

  static FieldDefinition date(String id, String de, String en, DateRule rule) {
    return new FieldDefinition(id, de, en, FieldType.DATE, true, null, List.of(), rule);
  }

  static FieldDefinition choice(String id, String de, String en, List<Choice> choices) {
    return new FieldDefinition(id, de, en, FieldType.CHOICE, true, null, choices, null);
  }
}
