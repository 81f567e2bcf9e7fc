package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipal service's application form (Antrag) in one exact version, as declared in a JSON file
 * under {@code forms/} (format: {@code docs/forms.md}, schema: {@code docs/forms.schema.json}). A
 * case always records the id and version it was captured with, so the hub validates it against the
 * same rules the kit did; a changed field or rule therefore makes a new version.
 *
 * @param id stable form id, such as {@code meldebescheinigung}
 * @param version version number, from 1
 * @param titleDe the service's name in German
 * @param titleEn the service's name in English
 * @param helpDe what the service is, for the clerk, in German, or null
 * @param helpEn the same in English, or null
 * @param legalBasis the law the service rests on, printed on the document, or null
 * @param sections the fields, in titled sections, in display order
 * @param rules rules across fields, checked after the field rules
 * @param attachments documents the case needs besides the values
 * @param signature whether the resident signs
 * @param receipt what the receipt says about the next steps
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties({"$schema"})
public record FormDefinition(
    String id,
    int version,
    String titleDe,
    String titleEn,
    String helpDe,
    String helpEn,
    String legalBasis,
    List<Section> sections,
    List<CrossFieldRule> rules,
    List<AttachmentRequirement> attachments,
    SignatureRequirement signature,
    ReceiptText receipt) {

  @JsonCreator
  public FormDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleDe, "titleDe");
    Objects.requireNonNull(titleEn, "titleEn");
    sections = List.copyOf(sections == null ? List.of() : sections);
    rules = List.copyOf(rules == null ? List.of() : rules);
    attachments = List.copyOf(attachments == null ? List.of() : attachments);
    signature = signature == null ? SignatureRequirement.none() : signature;
    receipt = receipt == null ? ReceiptText.standard() : receipt;
  }

  /** A form of plain fields in one untitled section, without further rules. */
  public FormDefinition(
      String id, int version, String titleDe, String titleEn, List<FieldDefinition> fields) {
    this(
        id,
        version,
        titleDe,
        titleEn,
        null,
        null,
        null,
        List.of(new Section("main", null, null, null, null, fields)),
        List.of(),
        List.of(),
        null,
        null);
  }

  /** All top-level fields of all sections, in display order. */
  public List<FieldDefinition> fields() {
    return sections.stream().flatMap(s -> s.fields().stream()).toList();
  }

  /**
   * The field a case-data key belongs to: the field with that id, or for a structured key the field
   * holding the value ({@code persons[0].familyName} gives the group member {@code familyName},
   * {@code newAddress.city} the address field). See {@link DataKey}.
   */
  public Optional<FieldDefinition> field(String key) {
    Optional<FieldDefinition> top = topLevelField(key);
    return top.isPresent() ? top : resolve(key).map(DataKey::field);
  }

  /** What a case-data key means in this form; empty if it holds no value of this form. */
  public Optional<DataKey> resolve(String key) {
    return DataKey.resolve(this, key);
  }

  /** The attachment requirement with that id. */
  public Optional<AttachmentRequirement> attachment(String attachmentId) {
    return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
  }

  Optional<FieldDefinition> topLevelField(String fieldId) {
    for (Section s : sections) {
      for (FieldDefinition f : s.fields()) {
        if (f.id().equals(fieldId)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
