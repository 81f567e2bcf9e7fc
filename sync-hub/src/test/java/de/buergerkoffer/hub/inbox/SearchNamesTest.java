package de.buergerkoffer.hub.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchNamesTest {

  private final String key =
      SearchNames.of(Map.of("familyName", "Öztürk-Weiß", "givenNames", "Zoë", "city", "Höxter"));

  @Test
  void umlautsMatchSpelledOutOrStripped() {
    assertThat(key).contains(SearchNames.query("oeztuerk-weiss"));
    assertThat(key).contains(SearchNames.query("Ozturk"));
    assertThat(key).contains(SearchNames.query("ÖZTÜRK"));
    assertThat(key).contains(SearchNames.query("zoe"));
  }

  @Test
  void onlyNameFieldsAreKept() {
    assertThat(key).doesNotContain("hoexter").doesNotContain("hoxter");
  }
}
