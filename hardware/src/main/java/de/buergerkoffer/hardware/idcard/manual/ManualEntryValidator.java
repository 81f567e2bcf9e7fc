package de.buergerkoffer.hardware.idcard.manual;

import de.buergerkoffer.hardware.idcard.AccessKey.MrzAccessKey;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks document data the clerk typed by hand, so that the case gets the right person even without
 * a reader.
 *
 * <p>The check digits from the machine-readable zone are the safety net: a typed document number,
 * birth date or expiry date whose check digit does not match is rejected with a German message for
 * that field. All problems are reported at once. Expired documents are accepted with a warning; the
 * clerk decides.
 */
public final class ManualEntryValidator {

  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{1,9}");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.-]*");
  private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}");
  private static final int MAX_NAME = 100;

  private final Clock clock;

  public ManualEntryValidator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Checks a complete manual entry; accepted data carries {@link DataSource#MANUAL}. */
  public EntryResult<DocumentData> validate(ManualEntry entry) {
    List<EntryProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<MrzAccessKey> key = checkKey(entry.key(), problems, warnings);
    String surname = name("surname", "Familienname", entry.surname(), true, problems);
    String given = name("givenNames", "Vorname", entry.givenNames(), false, problems);
    String nationality = upper(entry.nationality());
    if (!CODE.matcher(nationality).matches()) {
      problems.add(
          new EntryProblem(
              "nationality",
              "Bitte die Staatsangehörigkeit als Code eingeben, wie in der Zone: D für Deutschland,"
                  + " sonst drei Buchstaben (z. B. AUT, POL)."));
    }
    if (!problems.isEmpty()) {
      return new EntryResult.Rejected<>(problems);
    }
    MrzAccessKey k = key.orElseThrow();
    DocumentData data =
        new DocumentData(
            orUnknown(upper(entry.documentType())),
            orUnknown(upper(entry.issuingState())),
            k.documentNumber(),
            surname,
            given,
            k.birthDate(),
            nationality,
            k.expiryDate(),
            Optional.empty(),
            DataSource.MANUAL);
    return new EntryResult.Accepted<>(data, warnings);
  }

  /** Checks only what the chip needs as access key (BAC / PACE with MRZ). */
  public EntryResult<MrzAccessKey> validateAccessKey(AccessKeyEntry entry) {
    List<EntryProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<MrzAccessKey> key = checkKey(entry, problems, warnings);
    if (!problems.isEmpty()) {
      return new EntryResult.Rejected<>(problems);
    }
    return new EntryResult.Accepted<>(key.orElseThrow(), warnings);
  }

  private Optional<MrzAccessKey> checkKey(
      AccessKeyEntry entry, List<EntryProblem> problems, List<String> warnings) {
    LocalDate today = LocalDate.now(clock);
    String number = upper(entry.documentNumber()).replaceAll("\\s+", "");
    boolean numberOk = checkNumber(number, entry.documentNumberCheckDigit(), problems);
    Optional<LocalDate> birth =
        checkDate(
            "birthDate",
            "Geburtsdatum",
            entry.birthDate(),
            entry.birthDateCheckDigit(),
            true,
            today,
            problems);
    Optional<LocalDate> expiry =
        checkDate(
            "expiryDate",
            "Ablaufdatum",
            entry.expiryDate(),
            entry.expiryDateCheckDigit(),
            false,
            today,
            problems);
    if (birth.isPresent() && birth.get().isAfter(today)) {
      problems.add(new EntryProblem("birthDate", "Das Geburtsdatum liegt in der Zukunft."));
    }
    if (birth.isPresent() && expiry.isPresent() && !expiry.get().isAfter(birth.get())) {
      problems.add(
          new EntryProblem("expiryDate", "Das Ablaufdatum liegt nicht nach dem Geburtsdatum."));
    }
    if (expiry.isPresent() && expiry.get().isBefore(today)) {
      warnings.add(
          "Das Dokument ist seit dem "
              + expiry.get().format(MrzDates.GERMAN_OUT)
              + " abgelaufen. Bitte prüfen, ob es für diesen Antrag noch genügt.");
    }
    if (!numberOk || birth.isEmpty() || expiry.isEmpty() || !problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MrzAccessKey(number, birth.get(), expiry.get()));
  }

  private static boolean checkNumber(String number, String checkText, List<EntryProblem> problems) {
    if (number.isEmpty()) {
      problems.add(new EntryProblem("documentNumber", "Bitte die Ausweisnummer eingeben."));
      return false;
    }
    if (!DOCUMENT_NUMBER.matcher(number).matches()) {
      problems.add(
          new EntryProblem(
              "documentNumber",
              "Die Ausweisnummer besteht aus höchstens 9 Buchstaben und Ziffern, ohne"
                  + " Sonderzeichen."));
      return false;
    }
    Optional<Character> check = checkDigit("documentNumberCheckDigit", checkText, problems);
    if (check.isEmpty()) {
      return false;
    }
    String field = pad(number);
    if (CheckDigit.matches(field, check.get())) {
      return true;
    }
    String message =
        "Ausweisnummer und Prüfziffer passen nicht zusammen. Bitte beide noch einmal vom Ausweis"
            + " abschreiben.";
    String withZeros = number.replace('O', '0');
    if (!withZeros.equals(number) && CheckDigit.matches(pad(withZeros), check.get())) {
      message =
          "Ausweisnummer und Prüfziffer passen nicht zusammen. In Ausweisnummern steht kein"
              + " Buchstabe O, sondern die Ziffer 0: gemeint ist wohl "
              + withZeros
              + ".";
    }
    problems.add(new EntryProblem("documentNumber", message));
    return false;
  }

  private static Optional<LocalDate> checkDate(
      String field,
      String label,
      String text,
      String checkText,
      boolean birth,
      LocalDate today,
      List<EntryProblem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new EntryProblem(field, "Bitte das " + label + " eingeben."));
      return Optional.empty();
    }
    Optional<LocalDate> date = MrzDates.typed(text, birth, today);
    if (date.isEmpty()) {
      problems.add(
          new EntryProblem(
              field,
              "„"
                  + text.strip()
                  + "“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 12.08.1964."));
      return Optional.empty();
    }
    Optional<Character> check = checkDigit(field + "CheckDigit", checkText, problems);
    if (check.isEmpty()) {
      return Optional.empty();
    }
    if (!CheckDigit.matches(MrzDates.toMrz(date.get()), check.get())) {
      problems.add(
          new EntryProblem(
              field,
              label
                  + " und Prüfziffer passen nicht zusammen. Bitte beide noch einmal vom Ausweis"
                  + " abschreiben (die Ziffer steht in der Zone direkt hinter dem Datum JJMMTT)."));
      return Optional.empty();
    }
    return date;
  }

  private static Optional<Character> checkDigit(
      String field, String text, List<EntryProblem> problems) {
    String t = text == null ? "" : text.strip();
    if (!DIGIT.matcher(t).matches()) {
      problems.add(
          new EntryProblem(
              field,
              "Die Prüfziffer ist eine einzelne Ziffer (0–9) aus der maschinenlesbaren Zone"
                  + " auf der Rückseite."));
      return Optional.empty();
    }
    return Optional.of(t.charAt(0));
  }

  private static String name(
      String field, String label, String text, boolean required, List<EntryProblem> problems) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      if (required) {
        problems.add(new EntryProblem(field, "Bitte den " + label + "n eingeben."));
      }
      return t;
    }
    if (t.length() > MAX_NAME || !NAME.matcher(t).matches()) {
      problems.add(
          new EntryProblem(
              field,
              "Der "
                  + label
                  + " darf nur Buchstaben, Leerzeichen, Bindestrich, Punkt und Apostroph"
                  + " enthalten (höchstens 100 Zeichen)."));
    }
    return t;
  }

  private static String pad(String number) {
    return number + "<".repeat(9 - number.length());
  }

  private static String upper(String text) {
    return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
  }

  private static String orUnknown(String value) {
    return value.isEmpty() ? "?" : value;
  }
}
