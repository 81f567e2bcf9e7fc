package de.buergerkoffer.hardware.idcard.manual;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MrzParserTest {

  static final String GERMAN_ID_CARD =
      """
      IDD<<T220001293<<<<<<<<<<<<<<<
      6408125<2010315D<<<<<<<<<<<<<4
      MUSTERMANN<<ERIKA<<<<<<<<<<<<<
      """;

  static final String ICAO_TD1 =
      """
      I<UTOD231458907<<<<<<<<<<<<<<<
      7408122F1204159UTO<<<<<<<<<<<6
      ERIKSSON<<ANNA<MARIA<<<<<<<<<<
      """;

  static final String ICAO_TD3 =
      """
      P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
      L898902C36UTO7408122F1204159ZE184226B<<<<<10
      """;

  private final MrzParser parser = parserOn("2019-06-01T12:00:00Z");

  private static MrzParser parserOn(String instant) {
    return new MrzParser(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  private static DocumentData accepted(EntryResult<DocumentData> result) {
    assertThat(result).isInstanceOf(EntryResult.Accepted.class);
    return ((EntryResult.Accepted<DocumentData>) result).value();
  }

  private static EntryResult.Rejected<DocumentData> rejected(EntryResult<DocumentData> result) {
    assertThat(result).isInstanceOf(EntryResult.Rejected.class);
    return (EntryResult.Rejected<DocumentData>) result;
  }

  @Test
  void readsTheGermanIdCardSpecimen() {
    DocumentData data = accepted(parser.parse(GERMAN_ID_CARD));

    assertThat(data.documentType()).isEqualTo("ID");
    assertThat(data.issuingState()).isEqualTo("D");
    assertThat(data.documentNumber()).isEqualTo("T22000129");
    assertThat(data.surname()).isEqualTo("MUSTERMANN");
    assertThat(data.givenNames()).isEqualTo("ERIKA");
    assertThat(data.birthDate()).isEqualTo(LocalDate.of(1964, 8, 12));
    assertThat(data.expiryDate()).isEqualTo(LocalDate.of(2020, 10, 31));
    assertThat(data.nationality()).isEqualTo("D");
    assertThat(data.faceImage()).isEmpty();
    assertThat(data.source()).isEqualTo(DataSource.MRZ);
  }

  @Test
  void readsTheIcaoTd1SpecimenWithTwoGivenNames() {
    DocumentData data = accepted(parser.parse(ICAO_TD1));

    assertThat(data.documentType()).isEqualTo("I");
    assertThat(data.documentNumber()).isEqualTo("D23145890");
    assertThat(data.surname()).isEqualTo("ERIKSSON");
    assertThat(data.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(data.nationality()).isEqualTo("UTO");
    assertThat(data.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
  }

  @Test
  void readsTheIcaoTd3PassportSpecimen() {
    DocumentData data = accepted(parser.parse(ICAO_TD3));

    assertThat(data.documentType()).isEqualTo("P");
    assertThat(data.documentNumber()).isEqualTo("L898902C3");
    assertThat(data.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(data.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
  }

  @Test
  void warnsAboutAnExpiredDocumentButAcceptsIt() {
    EntryResult<DocumentData> result = parserOn("2025-11-21T10:00:00Z").parse(GERMAN_ID_CARD);

    assertThat(result).isInstanceOf(EntryResult.Accepted.class);
    assertThat(((EntryResult.Accepted<DocumentData>) result).warningsDe())
        .anyMatch(w -> w.contains("seit dem 31.10.2020 abgelaufen"));
  }

  @Test
  void forgivesLowerCaseAndSpacesFromTyping() {
    String typed = GERMAN_ID_CARD.toLowerCase().replace("<<<<", "<< <<");

    assertThat(accepted(parser.parse(typed)).documentNumber()).isEqualTo("T22000129");
  }

  @Test
  void namesTheFieldWhoseCheckDigitIsWrong() {
    String typo = GERMAN_ID_CARD.replace("T220001293", "T220001283");

    EntryResult.Rejected<DocumentData> result = rejected(parser.parse(typo));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("documentNumber");
              assertThat(p.messageDe()).contains("richtig wäre 2");
            });
  }

  @Test
  void findsAWrongBirthDateThroughItsCheckDigit() {
    String typo = ICAO_TD3.replace("7408122F", "7408132F");

    assertThat(rejected(parser.parse(typo)).problems())
        .extracting(EntryProblem::field)
        .contains("birthDate");
  }

  @Test
  void findsATypoInTheOptionalDataThroughTheCompositeCheckDigit() {
    String typo = ICAO_TD3.replace("ZE184226B", "ZE184226C");

    assertThat(rejected(parser.parse(typo)).problems())
        .extracting(EntryProblem::field)
        .contains("personalNumber");
  }

  @Test
  void findsATypoThatOnlyTheCompositeCheckDigitCatches() {
    String typo =
        ICAO_TD1.replace("I<UTOD231458907<<<<<<<<<<<<<<<", "I<UTOD231458907<<<<<<<B<<<<<<<");

    assertThat(rejected(parser.parse(typo)).problems())
        .singleElement()
        .extracting(EntryProblem::field)
        .isEqualTo("composite");
  }

  @Test
  void rejectsAnImpossibleDate() {
    String typo = GERMAN_ID_CARD.replace("6408125", "6413125");

    assertThat(rejected(parser.parse(typo)).problems())
        .anySatisfy(p -> assertThat(p.messageDe()).contains("kein gültiges Datum"));
  }

  @Test
  void pointsAtACharacterThatIsNotAllowed() {
    String typo = GERMAN_ID_CARD.replace("IDD<<", "IDD«<");

    assertThat(rejected(parser.parse(typo)).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.messageDe()).startsWith("Zeile 1, Stelle 4"));
  }

  @Test
  void explainsTheExpectedShapeWhenLinesAreMissing() {
    String twoLines = ICAO_TD1.lines().limit(2).reduce("", (a, b) -> a + b + "\n");

    assertThat(rejected(parser.parse(twoLines)).problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.messageDe()).contains("2 Zeilen mit 30, 30 Zeichen", "3 Zeilen"));
  }

  @Test
  void saysThatTd2IsNotSupported() {
    String td2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";

    assertThat(rejected(parser.parse(td2)).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.messageDe()).contains("TD2"));
  }

  @Test
  void readsALongDocumentNumberThatContinuesInTheOptionalData() {
    String number = "D23145890AB";
    String field = number.substring(0, 9) + "<" + number.substring(9) + CheckDigit.compute(number);
    String line1 = pad("I<UTO" + field, 30);
    String line2start = "7408122F1204159UTO";
    String line2 = pad(line2start, 29);
    String composite =
        String.valueOf(
            CheckDigit.compute(
                line1.substring(5, 30)
                    + line2.substring(0, 7)
                    + line2.substring(8, 15)
                    + line2.substring(18, 29)));
    String mrz = line1 + "\n" + line2 + composite + "\nERIKSSON<<ANNA<<<<<<<<<<<<<<<<";

    assertThat(accepted(parser.parse(mrz)).documentNumber()).isEqualTo(number);
  }

  @Test
  void placesTwoDigitBirthYearsInThePastCentury() {
    String born2018 =
        ICAO_TD3
            .replace("7408122", "180812" + CheckDigit.compute("180812"))
            .replace("<<<<<10", "<<<<<1" + compositeOf(ICAO_TD3, "180812"));

    assertThat(accepted(parser.parse(born2018)).birthDate()).isEqualTo(LocalDate.of(2018, 8, 12));
  }

  private static String compositeOf(String td3, String birth) {
    String l2 = td3.lines().toList().get(1);
    String changed = l2.substring(0, 13) + birth + CheckDigit.compute(birth) + l2.substring(20, 43);
    return String.valueOf(
        CheckDigit.compute(
            changed.substring(0, 10) + changed.substring(13, 20) + changed.substring(21, 43)));
  }

  private static String pad(String text, int length) {
    return text + "<".repeat(length - text.length());
  }
}
