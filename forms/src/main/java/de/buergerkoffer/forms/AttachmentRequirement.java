package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A document the case needs besides the entered values, such as the landlord's confirmation for a
 * registration. On the kit and in the bundle its pages are the attachments named {@code
 * <id>-<page>.<ext>} (see {@link Evidence}).
 *
 * @param id stable id, unique within the form
 * @param kind scan of a paper document or photo
 * @param labelDe name shown to the clerk and printed on the document (German)
 * @param labelEn English name
 * @param helpDe a hint for the clerk in German, or null
 * @param helpEn the same in English, or null
 * @param required whether the case needs it
 * @param requiredWhen makes it required only when the condition holds, or null
 * @param maxPages the most pages, or null for no limit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentRequirement(
    String id,
    AttachmentKind kind,
    String labelDe,
    String labelEn,
    String helpDe,
    String helpEn,
    boolean required,
    Condition requiredWhen,
    Integer maxPages) {

  public AttachmentRequirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(labelDe, "labelDe");
    Objects.requireNonNull(labelEn, "labelEn");
  }
}
