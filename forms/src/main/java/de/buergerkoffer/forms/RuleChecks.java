package de.buergerkoffer.forms;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The form's cross-field rules. Values that are absent, unreadable or already wrong by their field
 * rules are left to those rules, so one mistake gives one message.
 */
final class RuleChecks {

  private final FormDefinition form;
  private final CaseValues values;
  private final List<FieldError> errors;
  private final Set<String> alreadyWrong;

  RuleChecks(FormDefinition form, CaseValues values, List<FieldError> errors) {
    this.form = form;
    this.values = values;
    this.errors = errors;
    this.alreadyWrong = new HashSet<>();
    errors.forEach(e -> alreadyWrong.add(e.fieldId()));
  }

  void checkAll() {
    for (CrossFieldRule rule : form.rules()) {
      if (rule instanceof CrossFieldRule.DateOrder order) {
        check(order);
      } else if (rule instanceof CrossFieldRule.AllowedValues allowed) {
        check(allowed);
      }
    }
  }

  private void check(CrossFieldRule.DateOrder rule) {
    FieldRef earlier = FieldRef.parse(rule.earlier()).orElseThrow();
    FieldRef later = FieldRef.parse(rule.later()).orElseThrow();
    for (int row : rowsOf(earlier.group() != null ? earlier.group() : later.group())) {
      String earlierKey = earlier.keyIn(row);
      String laterKey = later.keyIn(row);
      LocalDate first = date(earlierKey);
      LocalDate second = date(laterKey);
      if (first == null || second == null) {
        continue;
      }
      boolean wrong = second.isBefore(first) || (second.isEqual(first) && !rule.allowSameDay());
      if (wrong) {
        String key = rule.reportOn() == CrossFieldRule.Side.EARLIER ? earlierKey : laterKey;
        errors.add(new FieldError(key, rule.id(), rule.messageDe(), rule.messageEn()));
      }
    }
  }

  private void check(CrossFieldRule.AllowedValues rule) {
    FieldRef ref = FieldRef.parse(rule.field()).orElseThrow();
    FieldDefinition group =
        ref.group() == null ? null : form.topLevelField(ref.group()).orElseThrow();
    for (int row : rowsOf(ref.group())) {
      String key = ref.keyIn(row);
      String value = values.get(key);
      if (value == null || alreadyWrong.contains(key) || rule.values().contains(value)) {
        continue;
      }
      if (rule.when() != null) {
        FieldChecks.Scope scope =
            group == null
                ? FieldChecks.Scope.TOP
                : new FieldChecks.Scope(group, DataKey.rowPrefix(group.id(), row));
        if (!rule.when().holdsFor(values.get(scope.keyOf(rule.when().field())))) {
          continue;
        }
      }
      errors.add(new FieldError(key, rule.id(), rule.messageDe(), rule.messageEn()));
    }
  }

  /** The rows to look at: one pseudo-row for top-level fields, else the group's rows. */
  private SortedSet<Integer> rowsOf(String groupId) {
    if (groupId == null) {
      return new TreeSet<>(List.of(-1));
    }
    return values.rows(form.topLevelField(groupId).orElseThrow());
  }

  private LocalDate date(String key) {
    String value = alreadyWrong.contains(key) ? null : values.get(key);
    return value == null ? null : FieldChecks.parseDate(value);
  }
}
