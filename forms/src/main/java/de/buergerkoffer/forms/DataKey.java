package de.buergerkoffer.forms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a key of the flat case data means. Case data is a {@code Map<String, String>} on the kit, in
 * the bundle and on the hub; structured fields spread over several keys:
 *
 * <ul>
 *   <li>{@code familyName} – a plain field;
 *   <li>{@code newAddress.postalCode} – a part of an address field ({@link AddressPart});
 *   <li>{@code persons[1].givenNames} – a member of row 1 (0-based) of a repeated group;
 *   <li>{@code persons[0].address.city} – a part of an address inside a group row.
 * </ul>
 *
 * @param key the key itself
 * @param field the field that holds the value (for a group row, the member)
 * @param group the repeated group, or null
 * @param index the 0-based row, or -1 outside a group
 * @param part the address part, or null
 */
public record DataKey(
    String key, FieldDefinition field, FieldDefinition group, int index, AddressPart part) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "([A-Za-z][A-Za-z0-9]*)(?:\\[(0|[1-9][0-9]{0,2})])?(?:\\.([A-Za-z][A-Za-z0-9]*))?"
              + "(?:\\.([A-Za-z][A-Za-z0-9]*))?");

  /** The key prefix of a group row, such as {@code persons[1].}. */
  public static String rowPrefix(String groupId, int index) {
    return groupId + "[" + index + "].";
  }

  /** The key of an address part, such as {@code newAddress.city}. */
  public static String partKey(String addressKey, AddressPart part) {
    return addressKey + "." + part.key();
  }

  /** The prefix of this key's group row, or "" outside a group. */
  public String rowPrefix() {
    return group == null ? "" : rowPrefix(group.id(), index);
  }

  /**
   * The meaning of a key within a form; empty for a key that holds no value of that form (unknown
   * field, a group or address itself, a part of a non-address). Row indexes are not checked against
   * {@link GroupRules#maxItems()}; the validator reports those.
   */
  static Optional<DataKey> resolve(FormDefinition form, String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<FieldDefinition> top = form.topLevelField(m.group(1));
    if (top.isEmpty()) {
      return Optional.empty();
    }
    FieldDefinition first = top.get();
    if (m.group(2) != null) {
      if (first.type() != FieldType.GROUP || m.group(3) == null) {
        return Optional.empty();
      }
      int index = Integer.parseInt(m.group(2));
      return first
          .group()
          .member(m.group(3))
          .flatMap(member -> leaf(key, member, first, index, m.group(4)));
    }
    if (first.type() == FieldType.GROUP) {
      return Optional.empty();
    }
    if (m.group(4) != null) {
      return Optional.empty();
    }
    return leaf(key, first, null, -1, m.group(3));
  }

  private static Optional<DataKey> leaf(
      String key, FieldDefinition field, FieldDefinition group, int index, String partKey) {
    if (field.type() == FieldType.ADDRESS) {
      return partKey == null
          ? Optional.empty()
          : AddressPart.byKey(partKey).map(p -> new DataKey(key, field, group, index, p));
    }
    return partKey == null
        ? Optional.of(new DataKey(key, field, group, index, null))
        : Optional.empty();
  }
}
