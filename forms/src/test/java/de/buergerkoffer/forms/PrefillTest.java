package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrefillTest {

  private static final Map<IdCardAttribute, String> CARD =
      Map.of(
          IdCardAttribute.FAMILY_NAME, "Weiß",
          IdCardAttribute.GIVEN_NAMES, "Jürgen Ömer",
          IdCardAttribute.DATE_OF_BIRTH, "1941-02-28",
          IdCardAttribute.STREET_AND_NUMBER, "Hauptstraße 12a",
          IdCardAttribute.POSTAL_CODE, "01900",
          IdCardAttribute.CITY, "Großröhrsdorf",
          IdCardAttribute.NATIONALITY, "deutsch");

  @Test
  void theMeldebescheinigungIsPrefilledFieldByField() {
    FormDefinition form = FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow();

    assertThat(Prefill.values(form, CARD))
        .containsExactly(
            entry("familyName", "Weiß"),
            entry("givenNames", "Jürgen Ömer"),
            entry("birthDate", "1941-02-28"),
            entry("street", "Hauptstraße 12a"),
            entry("postalCode", "01900"),
            entry("city", "Großröhrsdorf"));
  }

  @Test
  void theCardsAddressFillsTheAddressPartsAndTheFirstPerson() {
    FormDefinition form = FormCatalog.builtIn().latest("anmeldung").orElseThrow();

    assertThat(Prefill.values(form, CARD))
        .contains(
            entry("previousAddress.street", "Hauptstraße"),
            entry("previousAddress.houseNumber", "12a"),
            entry("previousAddress.postalCode", "01900"),
            entry("previousAddress.city", "Großröhrsdorf"),
            entry("persons[0].familyName", "Weiß"),
            entry("persons[0].nationality", "deutsch"))
        .doesNotContainKey("persons[1].familyName")
        .doesNotContainKey("newAddress.street");
  }

  @Test
  void prefilledValuesPassTheFieldRulesTheyFill() {
    FormDefinition form = FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow();
    Map<String, String> values = new java.util.HashMap<>(Prefill.values(form, CARD));
    values.put("purpose", "Arbeitgeber");
    values.put("delivery", "post");

    assertThat(FormValidator.validate(form, values, SampleCases.TODAY)).isEmpty();
  }
}
