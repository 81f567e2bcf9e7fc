package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.forms.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Size limits for a case's documents, checked when the clerk adds them, so a too-large scan is
 * noticed at the kitchen table and never by a failed upload. The town hall sets them below the
 * hub's bundle limit.
 *
 * @param maxAttachmentBytes largest single document
 * @param maxCaseBytes largest total of one case's documents
 */
public record AttachmentLimits(long maxAttachmentBytes, long maxCaseBytes) {

  /** Errors for every document over the limit and for the total, empty when all fit. */
  public List<FieldError> check(List<Attachment> attachments) {
    List<FieldError> errors = new ArrayList<>();
    long total = 0;
    for (Attachment a : attachments) {
      total += a.data().length;
      if (a.data().length > maxAttachmentBytes) {
        errors.add(
            new FieldError(
                "attachments",
                "max-attachment-size",
                "Anhang „"
                    + a.name()
                    + "“ ist "
                    + megabytes(a.data().length)
                    + " groß; erlaubt sind höchstens "
                    + megabytes(maxAttachmentBytes)
                    + " je Anhang. Bitte mit geringerer Auflösung scannen.",
                "Attachment '"
                    + a.name()
                    + "' has "
                    + megabytes(a.data().length)
                    + "; the limit is "
                    + megabytes(maxAttachmentBytes)
                    + " per attachment."));
      }
    }
    if (total > maxCaseBytes) {
      errors.add(
          new FieldError(
              "attachments",
              "max-case-size",
              "Die Anhänge sind zusammen "
                  + megabytes(total)
                  + " groß; erlaubt sind höchstens "
                  + megabytes(maxCaseBytes)
                  + " je Antrag.",
              "The attachments total "
                  + megabytes(total)
                  + "; the limit is "
                  + megabytes(maxCaseBytes)
                  + " per case."));
    }
    return errors;
  }

  static String megabytes(long bytes) {
    return String.format(Locale.GERMANY, "%.1f MB", bytes / 1_000_000.0);
  }
}
