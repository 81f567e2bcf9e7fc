package de.buergerkoffer.forms;

import static de.buergerkoffer.forms.FieldDefinition.choice;
import static de.buergerkoffer.forms.FieldDefinition.date;
import static de.buergerkoffer.forms.FieldDefinition.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The services a kit offers, each as one or more form versions. The walking skeleton ships one
 * built-in service, the certificate of registration (Meldebescheinigung); the full catalog with a
 * declarative format follows.
 */
public final class FormCatalog {

  private final List<FormDefinition> forms;

  public FormCatalog(List<FormDefinition> forms) {
    this.forms = List.copyOf(forms);
  }

  /** The catalog that ships with the software. */
  public static FormCatalog builtIn() {
    return new FormCatalog(List.of(meldebescheinigungV1()));
  }

  /** The newest version of every form, for the clerk to choose from. */
  public List<FormDefinition> current() {
    return forms.stream()
        .map(FormDefinition::id)
        .distinct()
        .map(id -> latest(id).orElseThrow())
        .toList();
  }

  /** The newest version of a form. */
  public Optional<FormDefinition> latest(String formId) {
    return forms.stream()
        .filter(f -> f.id().equals(formId))
        .max(Comparator.comparingInt(FormDefinition::version));
  }

  /** Exactly that version of a form. */
  public Optional<FormDefinition> find(String formId, int version) {
    return forms.stream().filter(f -> f.id().equals(formId) && f.version() == version).findFirst();
  }

  private static FormDefinition meldebescheinigungV1() {
    return new FormDefinition(
        "meldebescheinigung",
        1,
        "Meldebescheinigung beantragen",
        "Apply for a certificate of registration",
        List.of(
            text("familyName", "Familienname", "Family name", true, null),
            text("givenNames", "Vornamen", "Given names", true, null),
            date(
                "birthDate",
                "Geburtsdatum",
                "Date of birth",
                FieldDefinition.DateRule.NOT_IN_FUTURE),
            text("street", "Straße und Hausnummer", "Street and number", true, null),
            text("postalCode", "Postleitzahl", "Postcode", true, "\\d{5}"),
            text("city", "Wohnort", "Town", true, null),
            text("purpose", "Verwendungszweck", "Purpose", true, null),
            choice(
                "delivery",
                "Zustellung",
                "Delivery",
                List.of(
                    new FieldDefinition.Choice("post", "Zusendung per Post", "By post"),
                    new FieldDefinition.Choice(
                        "pickup", "Abholung im Rathaus", "Pick-up at the town hall")))));
  }
}
