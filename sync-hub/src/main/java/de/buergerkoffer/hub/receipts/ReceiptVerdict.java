package de.buergerkoffer.hub.receipts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The town hall's answer to "is this receipt genuine?". Names no personal data: only what the
 * receipt itself shows (case number, date, service) and when the case arrived.
 *
 * @param genuine true only when the seal is valid, signed by an enrolled kit of this town, and
 *     matches a case the hub holds
 * @param reason why not, as a stable code ({@code MALFORMED}, {@code UNSIGNED}, {@code
 *     BAD_SIGNATURE}, {@code UNKNOWN_CASE}, {@code DATA_MISMATCH}), null when genuine
 * @param messageDe the verdict in plain German
 * @param caseNumber the case number in the seal, or null when unreadable
 * @param capturedOn the capture day in the seal, or null when unreadable
 * @param serviceDe the service of the stored case, or null when unknown
 * @param kitId the kit that signed, or null when unreadable
 * @param receivedAt when the hub received the case, or null when unknown
 */
public record ReceiptVerdict(
    boolean genuine,
    String reason,
    String messageDe,
    String caseNumber,
    LocalDate capturedOn,
    String serviceDe,
    String kitId,
    Instant receivedAt) {

  /** The headline the page shows. */
  public String headlineDe() {
    return genuine ? "Beleg echt" : "Beleg nicht echt / unbekannt";
  }
}
