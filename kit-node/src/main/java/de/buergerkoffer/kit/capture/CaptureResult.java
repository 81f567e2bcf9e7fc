package de.buergerkoffer.kit.capture;

import de.buergerkoffer.forms.FieldError;
import java.util.List;

/** What became of a clerk's submission. */
public sealed interface CaptureResult {

  /** Stored and queued; the resident gets the case number. */
  record Captured(CapturedCase captured) implements CaptureResult {}

  /** Not stored: the values break the form's rules. */
  record Invalid(List<FieldError> errors) implements CaptureResult {}

  /** Not stored: the kit takes no new cases until it has synced or exported. */
  record Frozen(List<String> reasonsDe) implements CaptureResult {}

  /** Not stored: the kit does not offer that service. */
  record UnknownForm(String formId) implements CaptureResult {}
}
