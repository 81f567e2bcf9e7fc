package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 14);

  private final FormDefinition form =
      FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow();

  private static Map<String, String> completeCase() {
    Map<String, String> values = new HashMap<>();
    values.put("familyName", "Weiß");
    values.put("givenNames", "Jürgen Ömer");
    values.put("birthDate", "1941-02-28");
    values.put("street", "Hauptstraße 12a");
    values.put("postalCode", "01900");
    values.put("city", "Großröhrsdorf");
    values.put("purpose", "Wohnungsgeberbestätigung für den Vermieter");
    values.put("delivery", "post");
    return values;
  }

  private static Map<String, String> completeCaseWith(String fieldId, String value) {
    Map<String, String> values = completeCase();
    values.put(fieldId, value);
    return values;
  }

  private List<FieldError> validate(Map<String, String> values) {
    return FormValidator.validate(form, values, TODAY);
  }

  @Test
  void aCompleteValidCaseHasNoErrors() {
    assertThat(validate(completeCase())).isEmpty();
  }

  @Test
  void everyChoiceOfTheFormIsAccepted() {
    assertThat(validate(completeCaseWith("delivery", "pickup"))).isEmpty();
  }

  @Test
  void aMissingRequiredFieldIsReported() {
    Map<String, String> values = completeCase();
    values.remove("city");

    assertThat(validate(values))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.fieldId()).isEqualTo("city");
              assertThat(error.rule()).isEqualTo("required");
            });
  }

  @Test
  void aValueOfOnlyBlanksCountsAsMissing() {
    assertThat(validate(completeCaseWith("familyName", "  \t ")))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("familyName", "required"));
  }

  @Test
  void aNullValueCountsAsMissing() {
    assertThat(validate(completeCaseWith("familyName", null)))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("familyName", "required"));
  }

  static Stream<FieldDefinition> fieldsOfTheForm() {
    return FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow().fields().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldsOfTheForm")
  void everyFieldOfTheMeldebescheinigungIsRequiredAndNamedByItsLabel(FieldDefinition field) {
    Map<String, String> values = completeCase();
    values.remove(field.id());

    assertThat(validate(values))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.fieldId()).isEqualTo(field.id());
              assertThat(error.rule()).isEqualTo("required");
              assertThat(error.messageDe()).contains(field.labelDe());
              assertThat(error.messageEn()).contains(field.labelEn());
            });
  }

  @Test
  void aFourDigitPostalCodeBreaksThePattern() {
    assertThat(validate(completeCaseWith("postalCode", "1234")))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.fieldId()).isEqualTo("postalCode");
              assertThat(error.rule()).isEqualTo("pattern");
              assertThat(error.messageDe()).contains("Postleitzahl");
              assertThat(error.messageEn()).contains("Postcode");
            });
  }

  @Test
  void thePatternMustMatchTheWholeValue() {
    assertThat(validate(completeCaseWith("postalCode", "019001")))
        .extracting(FieldError::rule)
        .containsExactly("pattern");
    assertThat(validate(completeCaseWith("postalCode", "D-01900")))
        .extracting(FieldError::rule)
        .containsExactly("pattern");
  }

  @Test
  void surroundingBlanksAreIgnoredBeforeThePatternIsChecked() {
    assertThat(validate(completeCaseWith("postalCode", " 01900 "))).isEmpty();
  }

  @Test
  void aBirthDateInTheFutureIsImplausible() {
    assertThat(validate(completeCaseWith("birthDate", TODAY.plusDays(1).toString())))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.fieldId()).isEqualTo("birthDate");
              assertThat(error.rule()).isEqualTo("not-in-future");
              assertThat(error.messageDe()).contains("Geburtsdatum");
              assertThat(error.messageEn()).contains("Date of birth");
            });
  }

  @Test
  void aBirthDateOfTodayIsAccepted() {
    assertThat(validate(completeCaseWith("birthDate", TODAY.toString()))).isEmpty();
  }

  @Test
  void anUnparsableDateIsReported() {
    assertThat(validate(completeCaseWith("birthDate", "1941-02-30")))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("birthDate", "date"));
    assertThat(validate(completeCaseWith("birthDate", "gestern")))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.rule()).isEqualTo("date");
              assertThat(error.messageDe()).contains("Geburtsdatum");
            });
  }

  @Test
  void aGermanWrittenDateIsNotTheWireFormat() {
    assertThat(validate(completeCaseWith("birthDate", "28.02.1941")))
        .extracting(FieldError::rule)
        .containsExactly("date");
  }

  @Test
  void anUnknownChoiceIsReported() {
    assertThat(validate(completeCaseWith("delivery", "brieftaube")))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.fieldId()).isEqualTo("delivery");
              assertThat(error.rule()).isEqualTo("choice");
              assertThat(error.messageDe()).contains("Zustellung");
              assertThat(error.messageEn()).contains("Delivery");
            });
  }

  @Test
  void aChoiceIsMatchedByItsKeyNotItsLabel() {
    assertThat(validate(completeCaseWith("delivery", "Zusendung per Post")))
        .extracting(FieldError::rule)
        .containsExactly("choice");
  }

  @Test
  void aFieldTheFormDoesNotHaveIsReported() {
    assertThat(validate(completeCaseWith("favouriteColour", "blau")))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.rule()).isEqualTo("unknown-field");
              assertThat(error.messageDe()).contains("favouriteColour");
              assertThat(error.messageEn()).contains("favouriteColour");
            });
  }

  @Test
  void severalErrorsAreAllReportedInFieldOrder() {
    Map<String, String> values = completeCase();
    values.put("postalCode", "1234");
    values.put("birthDate", "2999-01-01");
    values.remove("familyName");

    assertThat(validate(values))
        .extracting(FieldError::fieldId)
        .containsExactly("familyName", "birthDate", "postalCode");
  }
}
