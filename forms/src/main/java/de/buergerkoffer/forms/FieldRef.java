package de.buergerkoffer.forms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a field in a cross-field rule: {@code moveInDate}, or {@code persons[].birthDate}
 * for the member in every row of a group.
 *
 * @param group the group's id, or null for a top-level field
 * @param field the field's (or member's) id
 */
record FieldRef(String group, String field) {

  private static final Pattern SHAPE =
      Pattern.compile("(?:([A-Za-z][A-Za-z0-9]*)\\[]\\.)?([A-Za-z][A-Za-z0-9]*)");

  static Optional<FieldRef> parse(String text) {
    Matcher m = SHAPE.matcher(text == null ? "" : text);
    return m.matches() ? Optional.of(new FieldRef(m.group(1), m.group(2))) : Optional.empty();
  }

  /** The field definition referred to, if the form has it. */
  Optional<FieldDefinition> definition(FormDefinition form) {
    if (group == null) {
      return form.topLevelField(field);
    }
    return form.topLevelField(group)
        .filter(g -> g.type() == FieldType.GROUP)
        .flatMap(g -> g.group().member(field));
  }

  /** The case-data key in a row (ignored for a top-level field). */
  String keyIn(int row) {
    return group == null ? field : DataKey.rowPrefix(group, row) + field;
  }
}
