package de.buergerkoffer.hardware.scanner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns codes found on scanned pages into offers to attach the scan to a case.
 *
 * <p>A code counts when its text contains something shaped like a case number (by default the kit's
 * {@code <prefix>-<6 digits>-<check digit>}, e.g. {@code BK01-000001-8}, also inside a URL) and the
 * kit confirms that this case exists. The kit decides what "exists" means (its own store, check
 * digit); this class only finds candidates. One offer per case, with all its pages.
 */
public final class CaseReferenceFinder {

  /** The kit's case numbers: prefix of 2–10 capitals/digits, 6 digits, 1 check digit. */
  public static final Pattern KIT_CASE_NUMBER =
      Pattern.compile("(?<![A-Z0-9])[A-Z0-9]{2,10}-\\d{6}-\\d(?!\\d)");

  private final Pattern caseNumber;

  /** Finds the kit's case numbers ({@link #KIT_CASE_NUMBER}). */
  public CaseReferenceFinder() {
    this(KIT_CASE_NUMBER);
  }

  /** Finds case numbers of another shape. */
  public CaseReferenceFinder(Pattern caseNumber) {
    this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
  }

  /**
   * Offers for every existing case named by the codes.
   *
   * @param codes codes from {@link PageCodeReader}
   * @param caseExists the kit's check that a candidate is a real case
   * @return one offer per existing case, in order of first appearance
   */
  public List<ScanAttachmentOffer> offers(List<DetectedCode> codes, Predicate<String> caseExists) {
    Map<String, TreeSet<Integer>> pagesByCase = new LinkedHashMap<>();
    for (DetectedCode code : codes) {
      Matcher m = caseNumber.matcher(code.text());
      while (m.find()) {
        pagesByCase.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(code.pageNumber());
      }
    }
    List<ScanAttachmentOffer> offers = new ArrayList<>();
    pagesByCase.forEach(
        (caseId, pages) -> {
          if (caseExists.test(caseId)) {
            offers.add(
                new ScanAttachmentOffer(caseId, List.copyOf(pages), question(caseId, pages)));
          }
        });
    return offers;
  }

  private static String question(String caseId, TreeSet<Integer> pages) {
    String where =
        pages.size() == 1
            ? "Auf Seite " + pages.first()
            : "Auf den Seiten " + String.join(", ", pages.stream().map(String::valueOf).toList());
    return where
        + " steht die Vorgangsnummer "
        + caseId
        + ". Soll der Scan an diesen Vorgang angehängt werden?";
  }
}
