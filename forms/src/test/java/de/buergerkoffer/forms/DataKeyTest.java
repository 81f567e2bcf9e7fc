package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataKeyTest {

  private final FormDefinition anmeldung = FormCatalog.builtIn().latest("anmeldung").orElseThrow();

  @Test
  void aGroupRowKeyResolvesToTheMemberWithRowAndGroup() {
    DataKey key = anmeldung.resolve("persons[2].birthDate").orElseThrow();

    assertThat(key.field().id()).isEqualTo("birthDate");
    assertThat(key.group().id()).isEqualTo("persons");
    assertThat(key.index()).isEqualTo(2);
    assertThat(key.rowPrefix()).isEqualTo("persons[2].");
    assertThat(key.part()).isNull();
  }

  @Test
  void anAddressPartKeyResolvesToTheAddressAndItsPart() {
    DataKey key = anmeldung.resolve("newAddress.postalCode").orElseThrow();

    assertThat(key.field().type()).isEqualTo(FieldType.ADDRESS);
    assertThat(key.part()).isEqualTo(AddressPart.POSTAL_CODE);
    assertThat(key.group()).isNull();
  }

  @Test
  void fieldFindsTheFieldOfAStructuredKeySoTheKitKeepsIt() {
    assertThat(anmeldung.field("persons[0].familyName")).isPresent();
    assertThat(anmeldung.field("newAddress.city")).isPresent();
    assertThat(anmeldung.field("moveInDate")).isPresent();
  }

  @Test
  void malformedOrUnknownKeysResolveToNothing() {
    assertThat(anmeldung.resolve("persons[01].familyName")).isEmpty();
    assertThat(anmeldung.resolve("persons[].familyName")).isEmpty();
    assertThat(anmeldung.resolve("persons[0]")).isEmpty();
    assertThat(anmeldung.resolve("persons[0].nickname")).isEmpty();
    assertThat(anmeldung.resolve("moveInDate.year")).isEmpty();
    assertThat(anmeldung.resolve("newAddress.street.name")).isEmpty();
    assertThat(anmeldung.resolve("moveInDate[0].x")).isEmpty();
    assertThat(anmeldung.resolve("")).isEmpty();
    assertThat(anmeldung.resolve(null)).isEmpty();
  }
}
