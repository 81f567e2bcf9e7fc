package de.buergerkoffer.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the fields a form marks with {@link FieldDefinition#prefill()} from the data the ID card
 * reader delivered. Members of a repeated group are filled in the first row (the person at the
 * table). The result is a proposal for the form, never stored without the clerk seeing it.
 */
public final class Prefill {

  /** "Hauptstraße 12a" → street "Hauptstraße", number "12a"; "Am Markt 3 b" → "Am Markt", "3 b". */
  private static final Pattern STREET_AND_NUMBER =
      Pattern.compile("(.*?\\S)\\s+(\\d+\\s?[A-Za-z]?(?:\\s?[-/]\\s?\\d+\\s?[A-Za-z]?)?)");

  private Prefill() {}

  /**
   * The values to put into the form.
   *
   * @param card the data read from the card, by attribute; absent attributes are skipped
   * @return case-data keys and values, in field order
   */
  public static Map<String, String> values(FormDefinition form, Map<IdCardAttribute, String> card) {
    Map<String, String> values = new LinkedHashMap<>();
    for (FieldDefinition field : form.fields()) {
      if (field.type() == FieldType.GROUP) {
        for (FieldDefinition member : field.members()) {
          fill(values, DataKey.rowPrefix(field.id(), 0) + member.id(), member, card);
        }
      } else {
        fill(values, field.id(), field, card);
      }
    }
    return values;
  }

  private static void fill(
      Map<String, String> values,
      String key,
      FieldDefinition field,
      Map<IdCardAttribute, String> card) {
    IdCardAttribute attribute = field.prefill();
    if (attribute == null) {
      return;
    }
    if (attribute == IdCardAttribute.RESIDENCE) {
      put(
          values,
          DataKey.partKey(key, AddressPart.POSTAL_CODE),
          card.get(IdCardAttribute.POSTAL_CODE));
      put(values, DataKey.partKey(key, AddressPart.CITY), card.get(IdCardAttribute.CITY));
      String street = card.get(IdCardAttribute.STREET_AND_NUMBER);
      if (street != null) {
        Matcher m = STREET_AND_NUMBER.matcher(street.strip());
        if (m.matches()) {
          put(values, DataKey.partKey(key, AddressPart.STREET), m.group(1));
          put(values, DataKey.partKey(key, AddressPart.HOUSE_NUMBER), m.group(2));
        } else {
          put(values, DataKey.partKey(key, AddressPart.STREET), street);
        }
      }
      return;
    }
    put(values, key, card.get(attribute));
  }

  private static void put(Map<String, String> values, String key, String value) {
    if (value != null && !value.isBlank()) {
      values.put(key, value.strip());
    }
  }
}
