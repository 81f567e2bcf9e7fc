package de.buergerkoffer.forms;

import java.util.List;
import java.util.Optional;

/**
 * A municipal service's application form (Antrag) in one exact version. A case always records the
 * id and version it was captured with, so the hub validates it against the same rules the kit did.
 *
 * @param id stable form id, such as {@code meldebescheinigung}
 * @param version version number; a changed field or rule makes a new version
 * @param titleDe the service's name in German
 * @param titleEn the service's name in English
 * @param fields the fields in display order
 */
public record FormDefinition(
    String id, int version, String titleDe, String titleEn, List<FieldDefinition> fields) {

  public FormDefinition {
    fields = List.copyOf(fields);
  }

  /** The field with that id, if the form has one. */
  public Optional<FieldDefinition> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }
}
