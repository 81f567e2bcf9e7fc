package de.buergerkoffer.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A case with its documents: what a bundle carries for one case.
 *
 * @param data the case data
 * @param attachments its documents, with distinct names
 */
public record CaseContent(CaseData data, List<Attachment> attachments) {

  public CaseContent {
    Objects.requireNonNull(data, "data");
    attachments = List.copyOf(attachments);
    var names = new HashSet<String>();
    for (Attachment a : attachments) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException("attachment name used twice: " + a.name());
      }
    }
  }

  /** A case without documents. */
  public static CaseContent of(CaseData data) {
    return new CaseContent(data, List.of());
  }

  /** The bundle entry path of one of this case's attachments. */
  public String entryName(Attachment attachment) {
    return BundleFormat.ATTACHMENTS_FOLDER + data.caseId() + "/" + attachment.name();
  }
}
