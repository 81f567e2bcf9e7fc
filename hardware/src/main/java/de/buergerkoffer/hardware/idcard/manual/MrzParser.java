package de.buergerkoffer.hardware.idcard.manual;

import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a machine-readable zone (MRZ) that the clerk pasted or typed, e.g. from a document scanner
 * or by hand from the back of the ID card, and checks every ICAO 9303 check digit.
 *
 * <p>Supported: TD1 (ID cards, three lines of 30 characters, ICAO 9303 part 5) and TD3 (passports,
 * two lines of 44, part 4). Spaces and lower case are forgiven; anything else that is not an MRZ
 * character is reported with its line and position. The result is either the document data with
 * {@link DataSource#MRZ}, or one problem per field that failed, so the clerk can fix exactly that
 * line. Needs the clock only to place two-digit birth years in the right century.
 */
public final class MrzParser {

  private static final int TD1_LINE = 30;
  private static final int TD2_LINE = 36;
  private static final int TD3_LINE = 44;

  private final Clock clock;

  public MrzParser(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Parses and checks an MRZ.
   *
   * @param text the zone, lines separated by line breaks
   * @return the data, or the problems found
   */
  public EntryResult<DocumentData> parse(String text) {
    List<String> lines = normalise(text);
    List<EntryProblem> problems = new ArrayList<>();
    for (int row = 0; row < lines.size(); row++) {
      String line = lines.get(row);
      for (int col = 0; col < line.length(); col++) {
        char c = line.charAt(col);
        if (!CheckDigit.isMrzText(String.valueOf(c))) {
          problems.add(
              new EntryProblem(
                  "mrz",
                  "Zeile "
                      + (row + 1)
                      + ", Stelle "
                      + (col + 1)
                      + ": Das Zeichen „"
                      + c
                      + "“ kommt in der maschinenlesbaren Zone nicht vor (erlaubt: A–Z, 0–9, <)."));
        }
      }
    }
    if (!problems.isEmpty()) {
      return new EntryResult.Rejected<>(problems);
    }
    if (hasShape(lines, 3, TD1_LINE)) {
      return new Td1(lines).read();
    }
    if (hasShape(lines, 2, TD3_LINE)) {
      return new Td3(lines).read();
    }
    if (hasShape(lines, 2, TD2_LINE)) {
      return rejected(
          "mrz",
          "Dieses Dokument hat eine zweizeilige Zone mit 36 Zeichen (Format TD2), die der Koffer"
              + " nicht liest. Bitte die Daten einzeln von Hand eingeben.");
    }
    return rejected(
        "mrz",
        "Die maschinenlesbare Zone hat "
            + describe(lines)
            + ". Erwartet sind 3 Zeilen mit je 30 Zeichen (Personalausweis) oder 2 Zeilen mit je"
            + " 44 Zeichen (Reisepass). Bitte die Zeilen vollständig mit allen < abschreiben.");
  }

  private static List<String> normalise(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : Objects.requireNonNull(text, "text").split("\\R")) {
      String line = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static boolean hasShape(List<String> lines, int count, int length) {
    return lines.size() == count && lines.stream().allMatch(l -> l.length() == length);
  }

  private static String describe(List<String> lines) {
    if (lines.isEmpty()) {
      return "keinen Inhalt";
    }
    List<String> lengths = lines.stream().map(l -> String.valueOf(l.length())).toList();
    return lines.size()
        + (lines.size() == 1 ? " Zeile" : " Zeilen")
        + " mit "
        + String.join(", ", lengths)
        + " Zeichen";
  }

  private static <T> EntryResult<T> rejected(String field, String messageDe) {
    return new EntryResult.Rejected<>(List.of(new EntryProblem(field, messageDe)));
  }

  /** The fields common to TD1 and TD3, cut out of the lines by the format's layout. */
  private abstract class Layout {
    final List<EntryProblem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    abstract EntryResult<DocumentData> read();

    String documentNumber(String field, char check) {
      String number = stripFillers(field);
      if (number.isEmpty()) {
        problems.add(new EntryProblem("documentNumber", "In der Zone fehlt die Ausweisnummer."));
      } else if (!CheckDigit.matches(field, check)) {
        problems.add(
            checkDigitProblem("documentNumber", "der Ausweisnummer", check, field, number));
      }
      return number;
    }

    Optional<LocalDate> date(String field, String yymmdd, char check, boolean birth) {
      String label = birth ? "des Geburtsdatums" : "des Ablaufdatums";
      LocalDate today = LocalDate.now(clock);
      Optional<LocalDate> date =
          birth ? MrzDates.birthDate(yymmdd, today) : MrzDates.expiryDate(yymmdd);
      if (date.isEmpty()) {
        problems.add(
            new EntryProblem(
                field,
                "„"
                    + yymmdd
                    + "“ ist kein gültiges Datum (JJMMTT). Ist das Datum unvollständig, bitte von"
                    + " Hand eingeben."));
      } else if (!CheckDigit.matches(yymmdd, check)) {
        problems.add(checkDigitProblem(field, label, check, yymmdd, yymmdd));
      }
      return date;
    }

    void composite(String data, char check) {
      if (problems.isEmpty() && !CheckDigit.matches(data, check)) {
        problems.add(
            new EntryProblem(
                "composite",
                "Die Gesamtprüfziffer am Ende der Zone stimmt nicht. Vermutlich ist ein Zeichen"
                    + " falsch abgeschrieben; bitte die Zone Zeichen für Zeichen vergleichen."));
      }
    }

    EntryResult<DocumentData> result(
        String documentType,
        String issuingState,
        String number,
        String names,
        Optional<LocalDate> birth,
        String nationality,
        Optional<LocalDate> expiry) {
      if (!problems.isEmpty()) {
        return new EntryResult.Rejected<>(problems);
      }
      String[] parts = splitNames(names);
      if (parts[0].isEmpty()) {
        return rejected("surname", "In der Zone fehlt der Familienname.");
      }
      if (expiry.get().isBefore(LocalDate.now(clock))) {
        warnings.add(
            "Das Dokument ist seit dem "
                + expiry.get().format(MrzDates.GERMAN_OUT)
                + " abgelaufen. Bitte prüfen, ob es für diesen Antrag noch genügt.");
      }
      warnings.add(
          "Namen stehen in der maschinenlesbaren Zone in Großbuchstaben und ohne Umlaute (z. B."
              + " MUELLER für Müller). Bitte mit der Vorderseite des Ausweises vergleichen.");
      DocumentData data =
          new DocumentData(
              orUnknown(stripFillers(documentType)),
              orUnknown(stripFillers(issuingState)),
              number,
              parts[0],
              parts[1],
              birth.get(),
              orUnknown(stripFillers(nationality)),
              expiry.get(),
              Optional.empty(),
              DataSource.MRZ);
      return new EntryResult.Accepted<>(data, warnings);
    }
  }

  /** ID card: three lines of 30 (ICAO 9303 part 5). */
  private final class Td1 extends Layout {
    private final String l1;
    private final String l2;
    private final String l3;

    Td1(List<String> lines) {
      l1 = lines.get(0);
      l2 = lines.get(1);
      l3 = lines.get(2);
    }

    @Override
    EntryResult<DocumentData> read() {
      String number;
      if (l1.charAt(14) == '<' && l1.charAt(15) != '<') {
        // long document number: continues in the optional data, its check digit ends that part
        String rest = l1.substring(15, 30);
        int end = rest.indexOf('<');
        String tail = end < 0 ? rest : rest.substring(0, end);
        String full = l1.substring(5, 14) + tail.substring(0, tail.length() - 1);
        number = documentNumber(full, tail.charAt(tail.length() - 1));
      } else {
        number = documentNumber(l1.substring(5, 14), l1.charAt(14));
      }
      Optional<LocalDate> birth = date("birthDate", l2.substring(0, 6), l2.charAt(6), true);
      Optional<LocalDate> expiry = date("expiryDate", l2.substring(8, 14), l2.charAt(14), false);
      composite(
          l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29),
          l2.charAt(29));
      return result(
          l1.substring(0, 2), l1.substring(2, 5), number, l3, birth, l2.substring(15, 18), expiry);
    }
  }

  /** Passport: two lines of 44 (ICAO 9303 part 4). */
  private final class Td3 extends Layout {
    private final String l1;
    private final String l2;

    Td3(List<String> lines) {
      l1 = lines.get(0);
      l2 = lines.get(1);
    }

    @Override
    EntryResult<DocumentData> read() {
      String number = documentNumber(l2.substring(0, 9), l2.charAt(9));
      Optional<LocalDate> birth = date("birthDate", l2.substring(13, 19), l2.charAt(19), true);
      Optional<LocalDate> expiry = date("expiryDate", l2.substring(21, 27), l2.charAt(27), false);
      String personal = l2.substring(28, 42);
      char personalCheck = l2.charAt(42);
      boolean emptyPersonal = stripFillers(personal).isEmpty();
      boolean personalOk =
          emptyPersonal && (personalCheck == '<' || personalCheck == '0')
              || CheckDigit.matches(personal, personalCheck);
      if (!personalOk) {
        problems.add(
            new EntryProblem(
                "personalNumber",
                "Die Prüfziffer der persönlichen Angaben (Zeile 2, Stelle 43) stimmt nicht."
                    + " Bitte Zeile 2 vergleichen."));
      }
      composite(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43), l2.charAt(43));
      return result(
          l1.substring(0, 2),
          l1.substring(2, 5),
          number,
          l1.substring(5),
          birth,
          l2.substring(10, 13),
          expiry);
    }
  }

  private static EntryProblem checkDigitProblem(
      String field, String label, char found, String data, String shown) {
    return new EntryProblem(
        field,
        "Die Prüfziffer "
            + label
            + " stimmt nicht: in der Zone steht "
            + found
            + " hinter „"
            + shown
            + "“, richtig wäre "
            + CheckDigit.compute(data)
            + ". Vermutlich ist ein Zeichen falsch abgeschrieben.");
  }

  /** Surname and given names from the name field: {@code MUSTERMANN<<ERIKA<MARIA}. */
  private static String[] splitNames(String field) {
    String trimmed = field.replaceAll("<+$", "");
    int split = trimmed.indexOf("<<");
    String surname = split < 0 ? trimmed : trimmed.substring(0, split);
    String given = split < 0 ? "" : trimmed.substring(split + 2);
    return new String[] {spaces(surname), spaces(given)};
  }

  private static String spaces(String mrz) {
    return mrz.replace('<', ' ').trim().replaceAll(" +", " ");
  }

  private static String stripFillers(String field) {
    return field.replace("<", "");
  }

  private static String orUnknown(String value) {
    return value.isEmpty() ? "?" : value;
  }
}
