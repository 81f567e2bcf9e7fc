package de.buergerkoffer.hardware.scanner;

import java.util.List;
import java.util.Objects;

/**
 * "This scan mentions case X – attach it there?": what the kit offers the clerk after a scan whose
 * codes name an existing case.
 *
 * @param caseId the case number found in a code
 * @param pageNumbers the pages that carry it
 * @param messageDe the question for the clerk
 */
public record ScanAttachmentOffer(String caseId, List<Integer> pageNumbers, String messageDe) {
  public ScanAttachmentOffer {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(messageDe, "messageDe");
    pageNumbers = List.copyOf(pageNumbers);
  }
}
