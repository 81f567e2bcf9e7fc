package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;
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
  void theBuiltInCatalogOffersTheMeldebescheinigung() {
    assertThat(builtIn.current())
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.id()).isEqualTo("meldebescheinigung");
              assertThat(form.version()).isEqualTo(1);
              assertThat(form.titleDe()).isEqualTo("Meldebescheinigung beantragen");
            });
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
    assertThat(builtIn.latest("hundesteuer")).isEmpty();
    assertThat(builtIn.find("hundesteuer", 1)).isEmpty();
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
