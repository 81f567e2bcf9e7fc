package de.buergerkoffer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseReferenceFinderTest {

  private final CaseReferenceFinder finder = new CaseReferenceFinder();
  private final Set<String> knownCases = Set.of("BK01-000001-8", "BK01-000002-6");

  @Test
  void offersToAttachTheScanToACaseNamedByACode() {
    List<ScanAttachmentOffer> offers =
        finder.offers(
            List.of(new DetectedCode(1, "QR_CODE", "BK01-000001-8")), knownCases::contains);

    assertThat(offers)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.caseId()).isEqualTo("BK01-000001-8");
              assertThat(o.pageNumbers()).containsExactly(1);
              assertThat(o.messageDe())
                  .isEqualTo(
                      "Auf Seite 1 steht die Vorgangsnummer BK01-000001-8. Soll der Scan an diesen"
                          + " Vorgang angehängt werden?");
            });
  }

  @Test
  void findsTheCaseNumberInsideALinkAndGroupsItsPages() {
    List<DetectedCode> codes =
        List.of(
            new DetectedCode(3, "QR_CODE", "https://rathaus.example/vorgang/BK01-000002-6?x=1"),
            new DetectedCode(1, "CODE_128", "BK01-000002-6"));

    assertThat(finder.offers(codes, knownCases::contains))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.pageNumbers()).containsExactly(1, 3);
              assertThat(o.messageDe()).startsWith("Auf den Seiten 1, 3 steht");
            });
  }

  @Test
  void ignoresCaseNumbersTheKitDoesNotKnowAndOtherCodes() {
    List<DetectedCode> codes =
        List.of(
            new DetectedCode(1, "QR_CODE", "BK01-999999-1"),
            new DetectedCode(1, "EAN_13", "4006381333931"),
            new DetectedCode(1, "QR_CODE", "XBK01-000001-81"));

    assertThat(finder.offers(codes, knownCases::contains)).isEmpty();
  }
}
