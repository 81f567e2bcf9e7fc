package de.buergerkoffer.forms;

import static de.buergerkoffer.forms.SampleCases.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groups, addresses, numbers, yes/no, conditions and cross-field rules of the catalog's forms. */
class StructuredValidationTest {

  private static final FormCatalog CATALOG = FormCatalog.builtIn();

  private static List<FieldError> validate(String formId, Map<String, String> values) {
    return FormValidator.validate(CATALOG.latest(formId).orElseThrow(), values, TODAY);
  }

  private static Map<String, String> sample(String formId) {
    return new HashMap<>(SampleCases.values(formId));
  }

  @Test
  void aMoveInDateFifteenDaysAheadIsTooLate() {
    Map<String, String> v = sample("anmeldung");
    v.put("moveInDate", TODAY.plusDays(15).toString());

    assertThat(validate("anmeldung", v))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fieldId()).isEqualTo("moveInDate");
              assertThat(e.rule()).isEqualTo("too-late");
              assertThat(e.messageDe())
                  .isEqualTo("„Tag des Einzugs“ darf höchstens 14 Tage in der Zukunft liegen.");
            });
  }

  @Test
  void aMoveInDateFourteenDaysAheadIsAccepted() {
    Map<String, String> v = sample("anmeldung");
    v.put("moveInDate", TODAY.plusDays(14).toString());

    assertThat(validate("anmeldung", v)).isEmpty();
  }

  @Test
  void aMissingMemberOfASecondPersonIsReportedWithItsRowKey() {
    Map<String, String> v = sample("anmeldung");
    v.remove("persons[1].givenNames");

    assertThat(validate("anmeldung", v))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fieldId()).isEqualTo("persons[1].givenNames");
              assertThat(e.rule()).isEqualTo("required");
              assertThat(e.messageDe()).isEqualTo("Bitte „Vornamen (Person 2)“ ausfüllen.");
            });
  }

  @Test
  void withoutAnyPersonTheFirstPersonsRequiredFieldsAreReported() {
    Map<String, String> v = sample("anmeldung");
    v.keySet().removeIf(k -> k.startsWith("persons["));

    assertThat(validate("anmeldung", v))
        .extracting(FieldError::fieldId)
        .contains("persons[0].familyName", "persons[0].givenNames", "persons[0].birthDate")
        .allMatch(k -> k.startsWith("persons[0]."));
  }

  @Test
  void rowsMayHaveGapsWhenAMiddleRowWasEmptied() {
    Map<String, String> v = sample("anmeldung");
    v.keySet().removeIf(k -> k.startsWith("persons[1]."));

    assertThat(validate("anmeldung", v)).isEmpty();
  }

  @Test
  void aRowBeyondTheMaximumIsReported() {
    Map<String, String> v = sample("anmeldung");
    v.put("persons[6].familyName", "Zuviel");

    assertThat(validate("anmeldung", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("persons[6].familyName", "max-items"));
  }

  @Test
  void aPersonBornAfterTheMoveInIsReportedOnTheBirthDate() {
    Map<String, String> v = sample("anmeldung");
    v.put("persons[2].birthDate", "2025-06-12");

    assertThat(validate("anmeldung", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("persons[2].birthDate", "born-before-move-in"));
  }

  @Test
  void theDocumentNumberIsRequiredOnlyWhenTheRowNamesADocument() {
    Map<String, String> v = sample("anmeldung");
    v.remove("persons[0].documentNumber");
    v.remove("persons[2].documentNumber");

    assertThat(validate("anmeldung", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("persons[0].documentNumber", "required"));
  }

  @Test
  void theStatusOfAKeptDwellingIsRequiredOnlyWhenItIsKept() {
    Map<String, String> v = sample("anmeldung");
    v.put("previousKept", "yes");

    assertThat(validate("anmeldung", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("previousStatus", "required"));
  }

  @Test
  void anAddressNeedsItsRequiredPartsAndAGermanPostcode() {
    Map<String, String> v = sample("anmeldung");
    v.remove("newAddress.houseNumber");
    v.put("newAddress.postalCode", "1900");

    assertThat(validate("anmeldung", v))
        .extracting(FieldError::fieldId, FieldError::rule, FieldError::messageDe)
        .containsExactly(
            tuple(
                "newAddress.houseNumber",
                "required",
                "Bitte „Anschrift der neuen Wohnung: Hausnummer“ ausfüllen."),
            tuple(
                "newAddress.postalCode",
                "pattern",
                "„Anschrift der neuen Wohnung: Postleitzahl“ hat nicht die erwartete Form (fünf"
                    + " Ziffern)."));
  }

  @Test
  void aForeignAddressMayHaveAForeignPostcode() {
    Map<String, String> v = sample("anmeldung");
    v.put("previousAddress.postalCode", "SW1A 2AA");
    v.put("previousAddress.country", "Vereinigtes Königreich");

    assertThat(validate("anmeldung", v)).isEmpty();
  }

  @Test
  void anOptionalAddressThatIsStartedMustBeCompleted() {
    Map<String, String> v = sample("briefwahl");
    v.put("delivery", "home");
    v.keySet().removeIf(k -> k.startsWith("otherAddress."));
    v.put("otherAddress.city", "Kühlungsborn");

    assertThat(validate("briefwahl", v))
        .extracting(FieldError::fieldId)
        .containsExactly(
            "otherAddress.street", "otherAddress.houseNumber", "otherAddress.postalCode");
  }

  @Test
  void anAddressIsRequiredWhenTheDeliveryGoesThere() {
    Map<String, String> v = sample("briefwahl");
    v.keySet().removeIf(k -> k.startsWith("otherAddress."));

    assertThat(validate("briefwahl", v))
        .extracting(FieldError::fieldId)
        .containsExactly(
            "otherAddress.street",
            "otherAddress.houseNumber",
            "otherAddress.postalCode",
            "otherAddress.city");
  }

  @Test
  void anElectionTomorrowIsTooSoonForAPostalVote() {
    Map<String, String> v = sample("briefwahl");
    v.put("electionDate", TODAY.plusDays(1).toString());

    assertThat(validate("briefwahl", v))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).isEqualTo("too-early");
              assertThat(e.messageDe()).contains("mindestens 2 Tage in der Zukunft");
            });
  }

  @Test
  void numbersAreCheckedForFormDecimalsAndRange() {
    Map<String, String> v = sample("beglaubigung");
    v.put("pages", "zwei");
    v.put("copies", "11");

    assertThat(validate("beglaubigung", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("pages", "number"), tuple("copies", "max"));

    v.put("pages", "1.5");
    v.put("copies", "0");
    assertThat(validate("beglaubigung", v))
        .extracting(FieldError::fieldId, FieldError::rule, FieldError::messageDe)
        .containsExactly(
            tuple("pages", "decimals", "„Seiten des Originals“ muss eine ganze Zahl sein."),
            tuple("copies", "min", "„Anzahl beglaubigter Kopien“ muss mindestens 1 sein."));
  }

  @Test
  void yesOrNoAcceptsOnlyItsTwoValues() {
    Map<String, String> v = sample("beglaubigung");
    v.put("originalSeen", "ja");

    assertThat(validate("beglaubigung", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("originalSeen", "yes-no"));
  }

  @Test
  void aCopyCannotBeCertifiedWithoutTheOriginal() {
    Map<String, String> v = sample("beglaubigung");
    v.put("originalSeen", "no");

    assertThat(validate("beglaubigung", v))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fieldId()).isEqualTo("originalSeen");
              assertThat(e.rule()).isEqualTo("original-seen");
              assertThat(e.messageDe()).startsWith("Beglaubigt werden kann nur");
            });
  }

  @Test
  void aDogCannotBeKeptBeforeItWasBorn() {
    Map<String, String> v = sample("hundesteuer");
    v.put("keptSince", "2024-01-01");

    assertThat(validate("hundesteuer", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(tuple("keptSince", "kept-after-birth"));
  }

  @Test
  void aTooLongTextIsReported() {
    Map<String, String> v = sample("verlustanzeige-ausweis");
    v.put("lossPlace", "x".repeat(121));

    assertThat(validate("verlustanzeige-ausweis", v))
        .extracting(FieldError::rule)
        .containsExactly("max-length");
  }

  @Test
  void theAuthorityFieldsAreRequiredOnlyForAnAuthoritysCertificate() {
    Map<String, String> v = sample("fuehrungszeugnis");
    v.keySet().removeIf(k -> k.startsWith("authority"));
    assertThat(validate("fuehrungszeugnis", v))
        .extracting(FieldError::fieldId)
        .contains("authorityName", "authorityAddress.street", "authorityReference");

    v.put("kind", "private");
    assertThat(validate("fuehrungszeugnis", v)).isEmpty();
  }

  @Test
  void aPlainKeyOfAGroupOrAddressIsNoValue() {
    Map<String, String> v = sample("anmeldung");
    v.put("persons", "3");
    v.put("newAddress", "Lindenstraße 7");
    v.put("newAddress.floor", "2");

    assertThat(validate("anmeldung", v))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(
            tuple("newAddress", "unknown-field"),
            tuple("newAddress.floor", "unknown-field"),
            tuple("persons", "unknown-field"));
  }

  @Test
  void requiredAttachmentsAndSignatureAreCheckedAsEvidence() {
    FormDefinition form = CATALOG.latest("anmeldung").orElseThrow();

    assertThat(FormValidator.validateEvidence(form, sample("anmeldung"), Evidence.none()))
        .extracting(FieldError::fieldId, FieldError::rule)
        .containsExactly(
            tuple("landlordConfirmation", "attachment-required"),
            tuple("signature", "signature-required"));

    Evidence complete =
        Evidence.fromAttachmentNames(
            List.of("landlordConfirmation-1.png", "landlordConfirmation-2.png", "signature.png"));
    assertThat(FormValidator.validateEvidence(form, sample("anmeldung"), complete)).isEmpty();
  }

  @Test
  void aConditionalAttachmentIsNeededOnlyWhenItsConditionHolds() {
    FormDefinition form = CATALOG.latest("fuehrungszeugnis").orElseThrow();
    Map<String, String> v = sample("fuehrungszeugnis");
    Evidence signedOnly = Evidence.fromAttachmentNames(List.of("signature.png", "case.pdf"));

    assertThat(FormValidator.validateEvidence(form, v, signedOnly))
        .extracting(FieldError::fieldId, FieldError::messageDe)
        .containsExactly(
            tuple(
                "extendedRequest",
                "Bitte „Aufforderung zum erweiterten Führungszeugnis“ scannen."));

    v.put("extended", "no");
    assertThat(FormValidator.validateEvidence(form, v, signedOnly)).isEmpty();
  }

  @Test
  void tooManyPagesOfAnAttachmentAreReported() {
    FormDefinition form = CATALOG.latest("anmeldung").orElseThrow();
    Evidence fivePages =
        Evidence.fromAttachmentNames(
            List.of(
                "landlordConfirmation-1.png",
                "landlordConfirmation-2.png",
                "landlordConfirmation-3.png",
                "landlordConfirmation-4.png",
                "landlordConfirmation-5.png",
                "signature.png"));

    assertThat(FormValidator.validateEvidence(form, sample("anmeldung"), fivePages))
        .extracting(FieldError::rule)
        .containsExactly("max-pages");
  }
}
