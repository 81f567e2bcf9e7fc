package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormCatalogTest {

  private final FormCatalog builtIn = FormCatalog.builtIn();

  private static FormDefinition form(String id, int version) {
    return new FormDefinition(
        id,
        version,
        id + " v" + version,
        id + " v" + version,
        List.of(FieldDefinition.text("name", "Name", "Name", true, null)));
  }

  @Test
  void theBuiltInCatalogOffersTheMeldebescheinigungFirst() {
    assertThat(builtIn.current().get(0))
        .satisfies(
            form -> {
              assertThat(form.id()).isEqualTo("meldebescheinigung");
              assertThat(form.version()).isEqualTo(1);
              assertThat(form.titleDe()).isEqualTo("Meldebescheinigung beantragen");
            });
  }

  @Test
  void theBuiltInCatalogOffersTheServicesOfTheIssue() {
    assertThat(builtIn.current())
        .extracting(FormDefinition::id)
        .contains(
            "meldebescheinigung",
            "anmeldung",
            "lebensbescheinigung",
            "briefwahl",
            "fuehrungszeugnis",
            "beglaubigung",
            "hundesteuer",
            "verlustanzeige-ausweis",
            "nachreichung")
        .doesNotContain("personalausweis", "reisepass");
  }

  @Test
  void theMeldebescheinigungKeepsTheFieldsTheSystemTestsUse() {
    FormDefinition form = builtIn.find("meldebescheinigung", 1).orElseThrow();

    assertThat(form.fields())
        .extracting(FieldDefinition::id, FieldDefinition::type, FieldDefinition::required)
        .containsExactly(
            tuple("familyName", FieldType.TEXT, true),
            tuple("givenNames", FieldType.TEXT, true),
            tuple("birthDate", FieldType.DATE, true),
            tuple("street", FieldType.TEXT, true),
            tuple("postalCode", FieldType.TEXT, true),
            tuple("city", FieldType.TEXT, true),
            tuple("purpose", FieldType.TEXT, true),
            tuple("delivery", FieldType.CHOICE, true));
    assertThat(form.field("delivery").orElseThrow().choices())
        .extracting(FieldDefinition.Choice::key)
        .containsExactly("post", "pickup");
  }

  @Test
  void theBuiltInCatalogIsReadOnceAndShared() {
    assertThat(FormCatalog.builtIn()).isSameAs(FormCatalog.builtIn());
  }

  @Test
  void aFormListedTwiceIsRefused() {
    assertThatThrownBy(
            () -> new FormCatalog(List.of(form("hundesteuer", 1), form("hundesteuer", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hundesteuer v1");
  }

  @Test
  void theLatestMeldebescheinigungIsVersionOne() {
    assertThat(builtIn.latest("meldebescheinigung"))
        .hasValueSatisfying(form -> assertThat(form.version()).isEqualTo(1));
  }

  @Test
  void findsExactlyTheVersionAskedFor() {
    assertThat(builtIn.find("meldebescheinigung", 1))
        .hasValueSatisfying(form -> assertThat(form.field("postalCode")).isPresent());
    assertThat(builtIn.find("meldebescheinigung", 2)).isEmpty();
  }

  @Test
  void knowsNothingOfAnUnknownForm() {
    assertThat(builtIn.latest("personalausweis")).isEmpty();
    assertThat(builtIn.find("personalausweis", 1)).isEmpty();
  }

  @Test
  void theLatestVersionWinsWhateverTheOrderOfTheCatalog() {
    FormCatalog catalog =
        new FormCatalog(
            List.of(form("hundesteuer", 2), form("hundesteuer", 3), form("hundesteuer", 1)));

    assertThat(catalog.latest("hundesteuer"))
        .hasValueSatisfying(form -> assertThat(form.version()).isEqualTo(3));
  }

  @Test
  void olderVersionsStayFindableForCasesCapturedWithThem() {
    FormCatalog catalog = new FormCatalog(List.of(form("hundesteuer", 1), form("hundesteuer", 2)));

    assertThat(catalog.find("hundesteuer", 1))
        .hasValueSatisfying(form -> assertThat(form.version()).isEqualTo(1));
  }

  @Test
  void currentOffersEachFormOnceInItsLatestVersionInCatalogOrder() {
    FormCatalog catalog =
        new FormCatalog(
            List.of(
                form("meldebescheinigung", 1),
                form("hundesteuer", 1),
                form("meldebescheinigung", 2),
                form("hundesteuer", 2),
                form("fuehrungszeugnis", 1)));

    assertThat(catalog.current())
        .extracting(FormDefinition::id, FormDefinition::version)
        .containsExactly(
            tuple("meldebescheinigung", 2), tuple("hundesteuer", 2), tuple("fuehrungszeugnis", 1));
  }

  @Test
  void anEmptyCatalogOffersNothing() {
    assertThat(new FormCatalog(List.of()).current()).isEmpty();
  }
}
