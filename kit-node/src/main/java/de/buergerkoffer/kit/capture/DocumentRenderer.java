package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.Attachment;
import java.util.List;

/**
 * Makes the documents that follow from a case as it is stored, such as its PDF/A ({@code
 * antrag.pdf}). The store calls it inside the transaction that stores the case, before the case
 * enters the outbox, so the case never leaves without them.
 *
 * <p>Contract: never throws. A document that cannot be made is left out (and logged): the case is
 * captured anyway, the hub renders what is missing.
 */
@FunctionalInterface
public interface DocumentRenderer {

  /** Makes nothing. */
  DocumentRenderer NONE = (stored, attachments) -> List.of();

  /**
   * The documents for a case.
   *
   * @param stored the case with its number, as just stored
   * @param attachments the documents the clerk added
   */
  List<Attachment> render(CapturedCase stored, List<Attachment> attachments);
}
