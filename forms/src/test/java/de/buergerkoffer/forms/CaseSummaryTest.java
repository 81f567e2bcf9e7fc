package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class CaseSummaryTest {

  @Test
  void valuesReadAsAPersonReadsThem() {
    FormDefinition form = FormCatalog.builtIn().latest("anmeldung").orElseThrow();

    CaseSummary summary = CaseSummary.of(form, SampleCases.values("anmeldung"));

    assertThat(summary.lines())
        .extracting(CaseSummary.Line::label, CaseSummary.Line::value)
        .contains(
            tuple("Tag des Einzugs", "10.06.2025"),
            tuple(
                "Anschrift der neuen Wohnung",
                "Lindenstraße 7, Hinterhaus, 2. OG, 01900 Großröhrsdorf"),
            tuple("Die neue Wohnung ist", "alleinige Wohnung"),
            tuple("Wird die bisherige Wohnung beibehalten?", "Nein"),
            tuple("Geschlecht", "weiblich"));
  }

  @Test
  void groupRowsBecomeNumberedSubsections() {
    FormDefinition form = FormCatalog.builtIn().latest("anmeldung").orElseThrow();

    CaseSummary summary = CaseSummary.of(form, SampleCases.values("anmeldung"));

    assertThat(summary.sections())
        .filteredOn(CaseSummary.SummarySection::subsection)
        .extracting(CaseSummary.SummarySection::title)
        .containsExactly("Person 1", "Person 2", "Person 3");
  }

  @Test
  void numbersGetADecimalCommaAndAbsentValuesAreLeftOut() {
    FormDefinition form = FormCatalog.builtIn().latest("beglaubigung").orElseThrow();
    var values = new java.util.HashMap<>(SampleCases.values("beglaubigung"));
    values.remove("issueDate");

    CaseSummary summary = CaseSummary.of(form, values);

    assertThat(summary.lines())
        .extracting(CaseSummary.Line::label)
        .doesNotContain("Ausstellungsdatum");
    assertThat(CaseSummary.display(form.field("pages").orElseThrow(), "2.5")).isEqualTo("2,5");
  }
}
