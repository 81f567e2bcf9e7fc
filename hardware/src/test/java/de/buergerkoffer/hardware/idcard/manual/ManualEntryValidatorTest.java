package de.buergerkoffer.hardware.idcard.manual;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.idcard.AccessKey.MrzAccessKey;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualEntryValidatorTest {

  private final ManualEntryValidator validator =
      new ManualEntryValidator(Clock.fixed(Instant.parse("2025-11-21T10:00:00Z"), ZoneOffset.UTC));

  /** Erika Mustermann's card, valid until 31.10.2031. */
  private static AccessKeyEntry erikasKey() {
    return new AccessKeyEntry(
        "T22000129",
        "3",
        "12.08.1964",
        "5",
        "31.10.2031",
        String.valueOf(CheckDigit.compute("311031")));
  }

  private static ManualEntry erika(AccessKeyEntry key) {
    return new ManualEntry("ID", "D", "Mustermann", "Erika", "d", key);
  }

  private static List<EntryProblem> problems(EntryResult<?> result) {
    assertThat(result).isInstanceOf(EntryResult.Rejected.class);
    return ((EntryResult.Rejected<?>) result).problems();
  }

  @Test
  void acceptsCorrectlyTypedDataWithUmlautsAndMarksItAsManual() {
    EntryResult<DocumentData> result =
        validator.validate(
            new ManualEntry("ID", "D", "Müller-Lüdenscheidt", "Jürgen", "D", erikasKey()));

    assertThat(result).isInstanceOf(EntryResult.Accepted.class);
    DocumentData data = ((EntryResult.Accepted<DocumentData>) result).value();
    assertThat(data.surname()).isEqualTo("Müller-Lüdenscheidt");
    assertThat(data.givenNames()).isEqualTo("Jürgen");
    assertThat(data.documentNumber()).isEqualTo("T22000129");
    assertThat(data.birthDate()).isEqualTo(LocalDate.of(1964, 8, 12));
    assertThat(data.expiryDate()).isEqualTo(LocalDate.of(2031, 10, 31));
    assertThat(data.source()).isEqualTo(DataSource.MANUAL);
    assertThat(data.nationality()).isEqualTo("D");
  }

  @Test
  void givesTheAccessKeyForTheChipFromTypedData() {
    EntryResult<MrzAccessKey> result = validator.validateAccessKey(erikasKey());

    assertThat(result)
        .isEqualTo(
            new EntryResult.Accepted<>(
                new MrzAccessKey(
                    "T22000129", LocalDate.of(1964, 8, 12), LocalDate.of(2031, 10, 31)),
                List.of()));
  }

  @Test
  void acceptsDatesInIsoAndMrzFormAndNumbersWithSpaces() {
    AccessKeyEntry typed =
        new AccessKeyEntry(
            "t220 00129",
            " 3 ",
            "640812",
            "5",
            "2031-10-31",
            String.valueOf(CheckDigit.compute("311031")));

    assertThat(validator.validateAccessKey(typed)).isInstanceOf(EntryResult.Accepted.class);
  }

  @Test
  void rejectsADocumentNumberThatDoesNotMatchItsCheckDigit() {
    AccessKeyEntry typo =
        new AccessKeyEntry("T22000128", "3", "12.08.1964", "5", "31.10.2031", "5");

    assertThat(problems(validator.validateAccessKey(typo)))
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("documentNumber");
              assertThat(p.messageDe()).contains("Prüfziffer passen nicht zusammen");
            });
  }

  @Test
  void suggestsTheDigitZeroWhenTheLetterOWasTyped() {
    AccessKeyEntry typo =
        new AccessKeyEntry("T22OOO129", "3", "12.08.1964", "5", "31.10.2031", "5");

    assertThat(problems(validator.validateAccessKey(typo)))
        .anySatisfy(p -> assertThat(p.messageDe()).contains("gemeint ist wohl T22000129"));
  }

  @Test
  void rejectsABirthDateThatDoesNotMatchItsCheckDigit() {
    AccessKeyEntry typo =
        new AccessKeyEntry(
            "T22000129",
            "3",
            "21.08.1964",
            "5",
            "31.10.2031",
            String.valueOf(CheckDigit.compute("311031")));

    assertThat(problems(validator.validateAccessKey(typo)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("birthDate");
              assertThat(p.messageDe()).startsWith("Geburtsdatum und Prüfziffer");
            });
  }

  @Test
  void reportsEveryMissingFieldAtOnce() {
    EntryResult<DocumentData> result =
        validator.validate(
            new ManualEntry("", "", " ", "", "", new AccessKeyEntry("", "", "", "", "", "")));

    assertThat(problems(result))
        .extracting(EntryProblem::field)
        .containsExactlyInAnyOrder(
            "documentNumber", "birthDate", "expiryDate", "surname", "nationality");
  }

  @Test
  void asksForASingleCheckDigit() {
    AccessKeyEntry typo =
        new AccessKeyEntry("T22000129", "33", "12.08.1964", "5", "31.10.2031", "5");

    assertThat(problems(validator.validateAccessKey(typo)))
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("documentNumberCheckDigit");
              assertThat(p.messageDe()).contains("einzelne Ziffer");
            });
  }

  @Test
  void explainsTheDateFormatForSomethingThatIsNoDate() {
    AccessKeyEntry typo =
        new AccessKeyEntry("T22000129", "3", "31.02.1964", "5", "31.10.2031", "5");

    assertThat(problems(validator.validateAccessKey(typo)))
        .anySatisfy(p -> assertThat(p.messageDe()).contains("TT.MM.JJJJ"));
  }

  @Test
  void rejectsABirthDateInTheFuture() {
    String born = "01.01.2030";
    AccessKeyEntry entry =
        new AccessKeyEntry(
            "T22000129",
            "3",
            born,
            String.valueOf(CheckDigit.compute("300101")),
            "31.10.2031",
            String.valueOf(CheckDigit.compute("311031")));

    assertThat(problems(validator.validateAccessKey(entry)))
        .anySatisfy(p -> assertThat(p.messageDe()).contains("in der Zukunft"));
  }

  @Test
  void acceptsAnExpiredDocumentWithAWarning() {
    AccessKeyEntry expired =
        new AccessKeyEntry("T22000129", "3", "12.08.1964", "5", "31.10.2020", "5");

    EntryResult<DocumentData> result = validator.validate(erika(expired));

    assertThat(result).isInstanceOf(EntryResult.Accepted.class);
    assertThat(((EntryResult.Accepted<DocumentData>) result).warningsDe())
        .singleElement()
        .asString()
        .contains("seit dem 31.10.2020 abgelaufen");
  }

  @Test
  void rejectsDigitsInAName() {
    EntryResult<DocumentData> result =
        validator.validate(new ManualEntry("ID", "D", "Muster4mann", "Erika", "D", erikasKey()));

    assertThat(problems(result)).extracting(EntryProblem::field).containsExactly("surname");
  }
}
