package de.buergerkoffer.forms.document;

import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.seal.CaseHash;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything printed on a case's document: the form, the values and who captured them where and
 * when, the signature and the scanned attachments.
 *
 * @param form the exact form version the case was captured with
 * @param caseNumber the case number, such as {@code BK01-000001-8}
 * @param values the case data, as validated
 * @param capturedAt when the clerk submitted the case
 * @param clerk who captured it
 * @param place where it was captured, printed as "Ort" next to the date ({@code Großröhrsdorf})
 * @param municipality whose header the document carries
 * @param signature the resident's signature from the pad (any colour model; drawn on white), or
 *     null
 * @param attachments the scanned attachments, in the order they are appended
 * @param identity how the resident's identity was established, in German ("Chip gelesen – …"),
 *     printed under the clerk's name; empty when not established
 */
public record CaseDocument(
    FormDefinition form,
    String caseNumber,
    Map<String, String> values,
    Instant capturedAt,
    String clerk,
    String place,
    Municipality municipality,
    BufferedImage signature,
    List<CaseAttachment> attachments,
    String identity) {

  /** Dates and times on documents are the town hall's. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  public CaseDocument {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(clerk, "clerk");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(municipality, "municipality");
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    attachments = List.copyOf(attachments);
    identity = identity == null ? "" : identity.strip();
  }

  /** A document without an identity line. */
  public CaseDocument(
      FormDefinition form,
      String caseNumber,
      Map<String, String> values,
      Instant capturedAt,
      String clerk,
      String place,
      Municipality municipality,
      BufferedImage signature,
      List<CaseAttachment> attachments) {
    this(
        form,
        caseNumber,
        values,
        capturedAt,
        clerk,
        place,
        municipality,
        signature,
        attachments,
        "");
  }

  /** This document with the line saying how the identity was established. */
  public CaseDocument withIdentity(String identityDe) {
    return new CaseDocument(
        form,
        caseNumber,
        values,
        capturedAt,
        clerk,
        place,
        municipality,
        signature,
        attachments,
        identityDe);
  }

  /** The capture time in the town hall's zone. */
  public ZonedDateTime localTime() {
    return capturedAt.atZone(ZONE);
  }

  /** The capture day in the town hall's zone. */
  public LocalDate captureDay() {
    return localTime().toLocalDate();
  }

  /** The fingerprint of the case data ({@link CaseHash}). */
  public byte[] dataHash() {
    return CaseHash.of(form.id(), form.version(), values);
  }
}
