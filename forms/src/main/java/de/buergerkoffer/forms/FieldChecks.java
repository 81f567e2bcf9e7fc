package de.buergerkoffer.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The per-field rules: presence, then the type's own checks. One instance per validation. */
final class FieldChecks {

  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");
  private static final Pattern GERMAN_POSTCODE = Pattern.compile("\\d{5}");
  private static final Pattern FOREIGN_POSTCODE = Pattern.compile("[A-Za-z0-9 -]{2,12}");
  private static final Set<String> GERMANY = Set.of("deutschland", "de", "d", "germany");
  private static final int ADDRESS_PART_MAX_LENGTH = 100;
  private static final java.util.Map<String, Pattern> PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final CaseValues values;
  private final LocalDate today;
  private final List<FieldError> errors;

  FieldChecks(CaseValues values, LocalDate today, List<FieldError> errors) {
    this.values = values;
    this.today = today;
    this.errors = errors;
  }

  /** Checks a top-level field and, for a group, all its rows. */
  void check(FieldDefinition field) {
    if (field.type() == FieldType.GROUP) {
      for (int row : values.rows(field)) {
        String prefix = DataKey.rowPrefix(field.id(), row);
        for (FieldDefinition member : field.members()) {
          checkOne(
              member,
              prefix + member.id(),
              Label.inRow(member, field, row),
              new Scope(field, prefix));
        }
      }
      return;
    }
    checkOne(field, field.id(), Label.of(field), Scope.TOP);
  }

  private void checkOne(FieldDefinition field, String key, Label label, Scope scope) {
    boolean required = isRequired(field, scope);
    if (field.type() == FieldType.ADDRESS) {
      checkAddress(key, label, required);
      return;
    }
    String value = values.get(key);
    if (value == null) {
      if (required) {
        errors.add(Messages.required(key, label));
      }
      return;
    }
    switch (field.type()) {
      case TEXT -> checkText(field, key, label, value);
      case DATE -> checkDate(field, key, label, value);
      case CHOICE -> checkChoice(field, key, label, value);
      case NUMBER -> checkNumber(field, key, label, value);
      case YES_NO -> {
        if (!YesNo.isValid(value)) {
          errors.add(Messages.yesNo(key, label));
        }
      }
      case ADDRESS, GROUP -> throw new IllegalStateException("handled above: " + field.type());
    }
  }

  private boolean isRequired(FieldDefinition field, Scope scope) {
    if (field.required()) {
      return true;
    }
    Condition when = field.requiredWhen();
    return when != null && when.holdsFor(values.get(scope.keyOf(when.field())));
  }

  private void checkText(FieldDefinition field, String key, Label label, String value) {
    TextRules rules = field.text();
    if (rules == null) {
      return;
    }
    if (rules.maxLength() != null && value.length() > rules.maxLength()) {
      errors.add(Messages.maxLength(key, label, rules.maxLength()));
    } else if (rules.pattern() != null && !compiled(rules.pattern()).matcher(value).matches()) {
      errors.add(Messages.pattern(key, label, rules.formatDe(), rules.formatEn()));
    }
  }

  private void checkDate(FieldDefinition field, String key, Label label, String value) {
    LocalDate date = parseDate(value);
    if (date == null) {
      errors.add(Messages.notADate(key, label));
      return;
    }
    DateRules rules = field.date();
    if (rules == null) {
      return;
    }
    if (rules.maxDaysFromToday() != null
        && date.isAfter(today.plusDays(rules.maxDaysFromToday()))) {
      errors.add(Messages.tooLate(key, label, rules.maxDaysFromToday()));
    } else if (rules.minDaysFromToday() != null
        && date.isBefore(today.plusDays(rules.minDaysFromToday()))) {
      errors.add(Messages.tooEarly(key, label, rules.minDaysFromToday()));
    }
  }

  private void checkChoice(FieldDefinition field, String key, Label label, String value) {
    if (field.choices().stream().noneMatch(c -> c.key().equals(value))) {
      errors.add(Messages.choice(key, label));
    }
  }

  private void checkNumber(FieldDefinition field, String key, Label label, String value) {
    if (!NUMBER.matcher(value).matches()) {
      errors.add(Messages.notANumber(key, label));
      return;
    }
    NumberRules rules = field.number();
    if (rules == null) {
      return;
    }
    BigDecimal number = new BigDecimal(value);
    if (number.stripTrailingZeros().scale() > rules.decimals()) {
      errors.add(Messages.decimals(key, label, rules.decimals()));
    } else if (rules.min() != null && number.compareTo(rules.min()) < 0) {
      errors.add(Messages.min(key, label, rules.min().toPlainString()));
    } else if (rules.max() != null && number.compareTo(rules.max()) > 0) {
      errors.add(Messages.max(key, label, rules.max().toPlainString()));
    }
  }

  private void checkAddress(String key, Label label, boolean required) {
    boolean anyPart = false;
    for (AddressPart part : AddressPart.values()) {
      anyPart |= values.has(DataKey.partKey(key, part));
    }
    if (!required && !anyPart) {
      return;
    }
    for (AddressPart part : AddressPart.values()) {
      String partKey = DataKey.partKey(key, part);
      String value = values.get(partKey);
      if (value == null) {
        if (part.required()) {
          errors.add(Messages.required(partKey, label.part(part)));
        }
      } else if (value.length() > ADDRESS_PART_MAX_LENGTH) {
        errors.add(Messages.maxLength(partKey, label.part(part), ADDRESS_PART_MAX_LENGTH));
      } else if (part == AddressPart.POSTAL_CODE) {
        checkPostcode(key, label, partKey, value);
      }
    }
  }

  private void checkPostcode(String addressKey, Label label, String partKey, String value) {
    String country = values.get(DataKey.partKey(addressKey, AddressPart.COUNTRY));
    boolean german = country == null || GERMANY.contains(country.toLowerCase(Locale.ROOT));
    Pattern expected = german ? GERMAN_POSTCODE : FOREIGN_POSTCODE;
    if (!expected.matcher(value).matches()) {
      errors.add(
          Messages.pattern(
              partKey,
              label.part(AddressPart.POSTAL_CODE),
              german ? "fünf Ziffern" : null,
              german ? "five digits" : null));
    }
  }

  private static Pattern compiled(String regex) {
    return PATTERNS.computeIfAbsent(regex, Pattern::compile);
  }

  /** An ISO-8601 date, or null when the text is none. */
  static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Where a field sits: at the top or in a group row, for resolving condition references. */
  record Scope(FieldDefinition group, String rowPrefix) {

    static final Scope TOP = new Scope(null, "");

    /** The case-data key a field reference stands for in this scope. */
    String keyOf(String fieldId) {
      if (group != null && group.group().member(fieldId).isPresent()) {
        return rowPrefix + fieldId;
      }
      return fieldId;
    }
  }
}
