package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A titled part of a form ("Neue Wohnung", "Meldepflichtige Personen"), shown as a heading on the
 * kit and in the document.
 *
 * @param id stable id, unique within the form
 * @param titleDe heading in German, or null for an untitled section
 * @param titleEn heading in English, or null
 * @param helpDe a hint for the clerk in German, or null
 * @param helpEn the same in English, or null
 * @param fields the section's fields in display order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(
    String id,
    String titleDe,
    String titleEn,
    String helpDe,
    String helpEn,
    List<FieldDefinition> fields) {

  public Section {
    Objects.requireNonNull(id, "id");
    fields = List.copyOf(fields == null ? List.of() : fields);
  }
}
