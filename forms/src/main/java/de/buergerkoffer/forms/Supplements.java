package de.buergerkoffer.forms;

import java.util.Map;
import java.util.Optional;

/**
 * The catalog's form for documents handed in later ("Nachreichung"): a case of its own that names
 * the case it belongs to. The kit creates one when a scan carries the number of a case it knows;
 * the hub links it to that case by number, whenever both are there (in either order of arrival).
 */
public final class Supplements {

  /** The form id of a supplement. */
  public static final String FORM_ID = "nachreichung";

  /** The field with the number of the case the documents belong to. */
  public static final String REFERENCE_FIELD = "referencedCaseNumber";

  /** The field with the clerk's note, optional. */
  public static final String NOTE_FIELD = "note";

  /** The attachment that holds the scanned pages. */
  public static final String PAGES_ATTACHMENT = "unterlagen";

  private Supplements() {}

  /** The number of the case a supplement belongs to; empty for every other form. */
  public static Optional<String> referencedCaseNumber(String formId, Map<String, String> fields) {
    if (!FORM_ID.equals(formId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(fields.get(REFERENCE_FIELD)).filter(v -> !v.isBlank());
  }
}
