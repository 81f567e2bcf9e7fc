package de.buergerkoffer.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of an {@link FieldType#ADDRESS} field. Each part is its own value in the case data,
 * keyed {@code <fieldId>.<key>}, so an address stays machine-readable for the town hall's register
 * software. Without a country the address is German and the postcode has five digits.
 */
public enum AddressPart {
  STREET("street", "Straße", "Street", true),
  HOUSE_NUMBER("houseNumber", "Hausnummer", "House number", true),
  SUPPLEMENT("supplement", "Adresszusatz", "Address supplement", false),
  POSTAL_CODE("postalCode", "Postleitzahl", "Postcode", true),
  CITY("city", "Ort", "Town", true),
  COUNTRY("country", "Staat (falls nicht Deutschland)", "Country (if not Germany)", false);

  private final String key;
  private final String labelDe;
  private final String labelEn;
  private final boolean required;

  AddressPart(String key, String labelDe, String labelEn, boolean required) {
    this.key = key;
    this.labelDe = labelDe;
    this.labelEn = labelEn;
    this.required = required;
  }

  /** The suffix of the value's key, such as {@code postalCode}. */
  public String key() {
    return key;
  }

  public String labelDe() {
    return labelDe;
  }

  public String labelEn() {
    return labelEn;
  }

  /** Whether the part must be filled whenever the address is given. */
  public boolean required() {
    return required;
  }

  /** The part with that key. */
  public static Optional<AddressPart> byKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }
}
