package de.buergerkoffer.hub.inbox;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search key of a case's applicant: every field whose id names a name ({@code familyName},
 * {@code givenNames}, {@code birthName}, ...) folded so that "Öztürk-Weiß", "oeztuerk-weiss" and
 * "Ozturk" all find the case: lower case, ä/ö/ü/ß spelled out as ae/oe/ue/ss, and also with the
 * umlauts simply stripped, other accents dropped.
 */
final class SearchNames {

  private SearchNames() {}

  static String of(Map<String, String> fields) {
    String names =
        fields.entrySet().stream()
            .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("name"))
            .map(Map.Entry::getValue)
            .filter(v -> v != null && !v.isBlank())
            .collect(Collectors.joining(" "));
    if (names.isEmpty()) {
      return "";
    }
    String spelled = fold(names, true);
    String stripped = fold(names, false);
    return spelled.equals(stripped) ? spelled : spelled + " | " + stripped;
  }

  /** The folded form of what someone typed into the search box. */
  static String query(String typed) {
    return fold(typed, false);
  }

  private static String fold(String text, boolean spellOutUmlauts) {
    String lower = text.toLowerCase(Locale.GERMAN).replace("ß", "ss");
    if (spellOutUmlauts) {
      lower = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip();
  }
}
