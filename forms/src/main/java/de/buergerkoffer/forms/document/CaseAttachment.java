package de.buergerkoffer.forms.document;

import java.util.List;
import java.util.Objects;

/**
 * The pages of one attachment of a case, for the document.
 *
 * @param requirementId the id of the form's {@link de.buergerkoffer.forms.AttachmentRequirement}
 * @param pages the pages in order
 */
public record CaseAttachment(String requirementId, List<ScanPage> pages) {

  public CaseAttachment {
    Objects.requireNonNull(requirementId, "requirementId");
    pages = List.copyOf(pages);
  }
}
