package de.buergerkoffer.hub.ingest;

import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormCatalog;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusal text of a case that fails its form, for the quarantine list and the kit's negative
 * acknowledgement: readable German, and every failing field and rule in a fixed, machine-readable
 * form {@code <field> [<rule>]: <German message>}, items separated by {@code " | "}:
 *
 * <pre>
 * Vorgang BRA7-000001-3 (anmeldung v1): 2 Fehler – signature [signature-required]: Bitte …
 *   | landlordConfirmation [attachment-required]: Bitte …
 * </pre>
 */
final class FormProblems {

  private static final Pattern ITEM = Pattern.compile("(\\S+) \\[([^\\]]+)\\]: ");
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private FormProblems() {}

  static String describe(CaseData c, List<FieldError> errors) {
    StringBuilder out =
        new StringBuilder()
            .append("Vorgang ")
            .append(c.caseNumber())
            .append(" (")
            .append(c.formId())
            .append(" v")
            .append(c.formVersion())
            .append("): ")
            .append(errors.size())
            .append(" Fehler – ");
    for (int i = 0; i < errors.size(); i++) {
      FieldError e = errors.get(i);
      if (i > 0) {
        out.append(" | ");
      }
      out.append(e.fieldId())
          .append(" [")
          .append(e.rule())
          .append("]: ")
          .append(e.messageDe().replace('|', '/'));
    }
    return out.toString();
  }

  static String notInForce(CaseData c, FormCatalog catalog, LocalDate captureDay) {
    LocalDate until = catalog.inForceUntil(c.formId(), c.formVersion()).orElseThrow();
    return "Vorgang "
        + c.caseNumber()
        + ": Formular "
        + c.formId()
        + " Version "
        + c.formVersion()
        + " galt nur bis "
        + GERMAN_DATE.format(until)
        + ", der Vorgang wurde am "
        + GERMAN_DATE.format(captureDay)
        + " aufgenommen (form version no longer in force)";
  }

  /** The field and rule pairs named in a text made by {@link #describe}, for tests and tools. */
  static List<String> fieldsAndRules(String text) {
    Matcher m = ITEM.matcher(text);
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2));
    }
    return out;
  }
}
