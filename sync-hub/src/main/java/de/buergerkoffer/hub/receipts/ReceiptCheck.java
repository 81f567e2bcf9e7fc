package de.buergerkoffer.hub.receipts;

import de.buergerkoffer.bundle.crypto.PlainSignature;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.forms.seal.ReceiptVerifier;
import de.buergerkoffer.forms.seal.SealCheck;
import de.buergerkoffer.hub.inbox.ReceivedCase;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Checks the QR code of a receipt a resident shows: the seal must be well-formed and signed by the
 * key of an enrolled kit of this town (its certificate in the kit registry), and it must match a
 * case the hub holds — same kit, same capture day, same data fingerprint. Plain Java; the page and
 * the JSON API call it.
 *
 * <p>A kit that renewed its certificate signs with a new key; receipts it sealed with an earlier
 * key still verify, because the registry keeps every certificate the kit held.
 */
public final class ReceiptCheck {

  private static final ZoneId TOWN_HALL_ZONE = ZoneId.of("Europe/Berlin");

  private final KitRegistry kits;
  private final ReceivedCases cases;
  private final FormCatalog catalog;

  public ReceiptCheck(KitRegistry kits, ReceivedCases cases, FormCatalog catalog) {
    this.kits = kits;
    this.cases = cases;
    this.catalog = catalog;
  }

  /** The verdict on the text of a scanned receipt QR code. */
  public ReceiptVerdict check(String qrText) {
    String text = qrText == null ? "" : qrText.strip();
    SealCheck result = SealCheck.of(text, verifier());
    if (result instanceof SealCheck.Rejected rejected) {
      CaseSeal readable = tryDecode(text);
      return new ReceiptVerdict(
          false,
          rejected.reason().name(),
          rejected.messageDe(),
          readable == null ? null : readable.caseNumber(),
          readable == null ? null : readable.date(),
          null,
          readable == null || readable.signerId().isEmpty() ? null : readable.signerId(),
          null);
    }
    CaseSeal seal = ((SealCheck.Genuine) result).seal();
    Optional<ReceivedCase> stored = cases.findByNumber(seal.caseNumber());
    if (stored.isEmpty()) {
      return notGenuine(
          seal,
          "UNKNOWN_CASE",
          "Das Siegel ist vom Koffer "
              + seal.signerId()
              + " signiert, aber der Vorgang "
              + seal.caseNumber()
              + " ist im Rathaus nicht bekannt (noch nicht übertragen?).",
          null);
    }
    ReceivedCase c = stored.get();
    String service =
        catalog.find(c.formId(), c.formVersion()).map(FormDefinition::titleDe).orElse(c.formId());
    LocalDate captureDay = LocalDate.ofInstant(c.capturedAt(), TOWN_HALL_ZONE);
    if (!c.kitId().equals(seal.signerId())
        || !captureDay.equals(seal.date())
        || !seal.matches(c.formId(), c.formVersion(), c.fields())) {
      return notGenuine(
          seal,
          "DATA_MISMATCH",
          "Das Siegel passt nicht zum gespeicherten Vorgang "
              + seal.caseNumber()
              + " (anderer Koffer, anderes Datum oder andere Angaben).",
          service);
    }
    return new ReceiptVerdict(
        true,
        null,
        "Der Beleg ist echt: vom Koffer "
            + seal.signerId()
            + " gesiegelt, der Vorgang ist im Rathaus eingegangen.",
        seal.caseNumber(),
        seal.date(),
        service,
        seal.signerId(),
        c.receivedAt());
  }

  private static ReceiptVerdict notGenuine(
      CaseSeal seal, String reason, String messageDe, String service) {
    return new ReceiptVerdict(
        false, reason, messageDe, seal.caseNumber(), seal.date(), service, seal.signerId(), null);
  }

  private ReceiptVerifier verifier() {
    return (signerId, data, signature) ->
        kits.certificatesEverHeld(signerId).stream()
            .anyMatch(cert -> PlainSignature.verify(cert.getPublicKey(), data, signature));
  }

  private static CaseSeal tryDecode(String text) {
    try {
      return CaseSeal.decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
