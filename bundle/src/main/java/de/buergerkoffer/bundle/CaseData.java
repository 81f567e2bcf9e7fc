package de.buergerkoffer.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One application (Antrag) as captured at the kitchen table: the service's form, the values the
 * clerk entered, and who captured it when. This is the unit the hub stores exactly once, keyed by
 * {@link #caseId()}.
 *
 * @param caseId internal identity, generated on the kit
 * @param caseNumber the number read out to the resident, such as {@code BRA3-000127-1}
 * @param formId the service's form, such as {@code meldebescheinigung}
 * @param formVersion the exact version of the form the case was captured with
 * @param capturedAt when the clerk submitted the case on the kit
 * @param clerk the clerk who captured it
 * @param fields field values by field id, as entered; a value is never null (an empty field is
 *     absent)
 * @param identityCheck how the resident's identity was established, or null when the kit did not
 *     establish it (no ID card in the visit, a case from the JSON API, a kit before format 1.1);
 *     left out of the JSON when null
 */
public record CaseData(
    UUID caseId,
    String caseNumber,
    String formId,
    int formVersion,
    Instant capturedAt,
    String clerk,
    Map<String, String> fields,
    @JsonInclude(JsonInclude.Include.NON_NULL) IdentityCheck identityCheck) {

  public CaseData {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(clerk, "clerk");
    Objects.requireNonNull(fields, "fields");
    fields.forEach(
        (key, value) -> Objects.requireNonNull(value, () -> "field " + key + " is null"));
    fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
  }

  /** A case without an identity check. */
  public CaseData(
      UUID caseId,
      String caseNumber,
      String formId,
      int formVersion,
      Instant capturedAt,
      String clerk,
      Map<String, String> fields) {
    this(caseId, caseNumber, formId, formVersion, capturedAt, clerk, fields, null);
  }
}
