package de.buergerkoffer.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks case data against its form. The kit runs it for immediate feedback, the hub runs it again
 * on every received case, so both judge with the same code.
 */
public final class FormValidator {

  private FormValidator() {}

  /**
   * All rule violations of the values, in field order; empty when the values are acceptable.
   *
   * @param today the capture day, for date rules
   */
  public static List<FieldError> validate(
      FormDefinition form, Map<String, String> values, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    for (String key : values.keySet()) {
      if (form.field(key).isEmpty()) {
        errors.add(
            new FieldError(
                key,
                "unknown-field",
                "Das Feld „" + key + "“ gehört nicht zu diesem Antrag.",
                "Field '" + key + "' is not part of this form."));
      }
    }
    for (FieldDefinition field : form.fields()) {
      String raw = values.get(field.id());
      String value = raw == null ? "" : raw.strip();
      if (value.isEmpty()) {
        if (field.required()) {
          errors.add(
              new FieldError(
                  field.id(),
                  "required",
                  "Bitte „" + field.labelDe() + "“ ausfüllen.",
                  "Please fill in '" + field.labelEn() + "'."));
        }
        continue;
      }
      checkValue(field, value, today).ifPresent(errors::add);
    }
    return List.copyOf(errors);
  }

  private static java.util.Optional<FieldError> checkValue(
      FieldDefinition field, String value, LocalDate today) {
    return switch (field.type()) {
      case TEXT -> checkText(field, value);
      case DATE -> checkDate(field, value, today);
      case CHOICE -> checkChoice(field, value);
    };
  }

  private static java.util.Optional<FieldError> checkText(FieldDefinition field, String value) {
    if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
      return java.util.Optional.of(
          new FieldError(
              field.id(),
              "pattern",
              "„" + field.labelDe() + "“ hat nicht die erwartete Form.",
              "'" + field.labelEn() + "' does not have the expected form."));
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<FieldError> checkDate(
      FieldDefinition field, String value, LocalDate today) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return java.util.Optional.of(
          new FieldError(
              field.id(),
              "date",
              "„" + field.labelDe() + "“ ist kein gültiges Datum.",
              "'" + field.labelEn() + "' is not a valid date."));
    }
    if (field.dateRule() == FieldDefinition.DateRule.NOT_IN_FUTURE && date.isAfter(today)) {
      return java.util.Optional.of(
          new FieldError(
              field.id(),
              "not-in-future",
              "„" + field.labelDe() + "“ darf nicht in der Zukunft liegen.",
              "'" + field.labelEn() + "' must not be in the future."));
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<FieldError> checkChoice(FieldDefinition field, String value) {
    boolean known = field.choices().stream().anyMatch(c -> c.key().equals(value));
    if (!known) {
      return java.util.Optional.of(
          new FieldError(
              field.id(),
              "choice",
              "Bitte bei „" + field.labelDe() + "“ eine der Möglichkeiten wählen.",
              "Please choose one of the options for '" + field.labelEn() + "'."));
    }
    return java.util.Optional.empty();
  }
}
