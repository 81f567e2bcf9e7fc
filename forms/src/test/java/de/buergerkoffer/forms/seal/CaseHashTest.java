package de.buergerkoffer.forms.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseHashTest {

  private static final Map<String, String> VALUES =
      Map.of("familyName", "Weiß", "postalCode", "01900", "persons[0].givenNames", "Jörg");

  @Test
  void theDefinitionIsPinnedByAVectorComputedIndependently() {
    // computed with Python's hashlib from the definition in docs/forms.md
    assertThat(CaseHash.hex(CaseHash.of("anmeldung", 1, VALUES)))
        .isEqualTo("fef3d64e4baa08f4b3ed148d200f1ea0b275341f1a292d6aa84d9ac2ffe97a12");
  }

  @Test
  void theOrderOfTheMapDoesNotMatter() {
    Map<String, String> reversed = new LinkedHashMap<>();
    reversed.put("postalCode", "01900");
    reversed.put("persons[0].givenNames", "Jörg");
    reversed.put("familyName", "Weiß");

    assertThat(CaseHash.of("anmeldung", 1, reversed))
        .isEqualTo(CaseHash.of("anmeldung", 1, VALUES));
  }

  @Test
  void anyChangeOfFormVersionKeyOrValueChangesTheHash() {
    byte[] original = CaseHash.of("anmeldung", 1, VALUES);

    assertThat(CaseHash.of("anmeldung", 2, VALUES)).isNotEqualTo(original);
    assertThat(CaseHash.of("meldebescheinigung", 1, VALUES)).isNotEqualTo(original);
    assertThat(CaseHash.of("anmeldung", 1, Map.of("familyName", "Weiss"))).isNotEqualTo(original);
  }

  @Test
  void movingTextBetweenKeyAndValueChangesTheHash() {
    assertThat(CaseHash.of("f", 1, Map.of("a", "bc")))
        .isNotEqualTo(CaseHash.of("f", 1, Map.of("ab", "c")));
  }

  @Test
  void theGroupedFormIsEightGroupsOfFourPerLine() {
    assertThat(CaseHash.grouped(CaseHash.of("anmeldung", 1, VALUES)))
        .startsWith("fef3 d64e 4baa 08f4")
        .hasSize(64 + 15);
  }
}
