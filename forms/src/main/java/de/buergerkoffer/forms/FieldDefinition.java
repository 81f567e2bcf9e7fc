package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One field of a form, as read from the form's JSON definition. Only the rules that fit the field's
 * type may be set ({@link FormLoader} checks this): {@code text} for TEXT, {@code date} for DATE,
 * {@code number} for NUMBER, {@code choices} for CHOICE, {@code group} for GROUP.
 *
 * @param id stable key of the value in case data: letters and digits, starting with a letter
 * @param type how the value is entered and checked
 * @param labelDe label shown to the clerk and printed on documents (German)
 * @param labelEn English label
 * @param helpDe a hint for the clerk in German, or null
 * @param helpEn the same hint in English, or null
 * @param required whether a value must be present
 * @param requiredWhen makes the field required only when the condition holds, or null
 * @param prefill which datum of the ID card may fill this field, or null
 * @param choices for a choice, the allowed option keys with their labels, in display order
 * @param text extra checks for a text, or null
 * @param date which dates a date field accepts, or null
 * @param number which numbers a number field accepts, or null
 * @param group the repeated members of a group, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldDefinition(
    String id,
    FieldType type,
    String labelDe,
    String labelEn,
    String helpDe,
    String helpEn,
    boolean required,
    Condition requiredWhen,
    IdCardAttribute prefill,
    List<Choice> choices,
    TextRules text,
    DateRules date,
    NumberRules number,
    GroupRules group) {

  public FieldDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(labelDe, "labelDe");
    Objects.requireNonNull(labelEn, "labelEn");
    choices = List.copyOf(choices == null ? List.of() : choices);
  }

  /** An option of a choice field. */
  public record Choice(String key, String labelDe, String labelEn) {}

  /** For a text, the pattern the whole value must match, or null. */
  public String pattern() {
    return text == null ? null : text.pattern();
  }

  /** The members of a group; empty for any other type. */
  public List<FieldDefinition> members() {
    return group == null ? List.of() : group.fields();
  }

  /** For a group, whether row {@code index} has at least one non-blank value (for templates). */
  public boolean hasRow(java.util.Map<String, String> values, int index) {
    String prefix = DataKey.rowPrefix(id, index);
    return type == FieldType.GROUP
        && values.entrySet().stream()
            .anyMatch(
                e ->
                    e.getKey().startsWith(prefix)
                        && e.getValue() != null
                        && !e.getValue().isBlank());
  }

  /** The parts of an address, in entry order; empty for any other type (for templates). */
  public List<AddressPart> addressParts() {
    return type == FieldType.ADDRESS ? List.of(AddressPart.values()) : List.of();
  }

  /** The German label of a choice key, the yes/no label, or the value itself. */
  public String displayDe(String value) {
    return switch (type) {
      case CHOICE ->
          choices.stream()
              .filter(c -> c.key().equals(value))
              .map(Choice::labelDe)
              .findFirst()
              .orElse(value);
      case YES_NO -> YesNo.labelDe(value);
      default -> value;
    };
  }

  // Helpers for code and tests that build forms without JSON.

  /** A text field without further rules. */
  public static FieldDefinition text(
      String id, String de, String en, boolean required, String pattern) {
    return new FieldDefinition(
        id,
        FieldType.TEXT,
        de,
        en,
        null,
        null,
        required,
        null,
        null,
        List.of(),
        pattern == null ? null : new TextRules(pattern, null, null, null),
        null,
        null,
        null);
  }

  /** A required date field. */
  public static FieldDefinition date(String id, String de, String en, DateRules rules) {
    return new FieldDefinition(
        id,
        FieldType.DATE,
        de,
        en,
        null,
        null,
        true,
        null,
        null,
        List.of(),
        null,
        rules,
        null,
        null);
  }

  /** A required choice field. */
  public static FieldDefinition choice(String id, String de, String en, List<Choice> choices) {
    return new FieldDefinition(
        id,
        FieldType.CHOICE,
        de,
        en,
        null,
        null,
        true,
        null,
        null,
        choices,
        null,
        null,
        null,
        null);
  }
}
