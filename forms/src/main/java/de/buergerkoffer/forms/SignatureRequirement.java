package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether the resident signs the application (on the signature pad), and the declaration printed
 * above the signature.
 *
 * @param required whether a case without signature is incomplete
 * @param labelDe caption under the signature ("Unterschrift der meldepflichtigen Person")
 * @param labelEn the same in English
 * @param declarationDe what the resident confirms by signing, in German, or null
 * @param declarationEn the same in English, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignatureRequirement(
    boolean required, String labelDe, String labelEn, String declarationDe, String declarationEn) {

  /** No signature needed. */
  public static SignatureRequirement none() {
    return new SignatureRequirement(false, null, null, null, null);
  }
}
