package de.buergerkoffer.hub.ingest;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.BundleOpener;
import de.buergerkoffer.bundle.BundleRejectedException;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.FormValidator;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.quarantine.Quarantine;
import de.buergerkoffer.hub.quarantine.QuarantinedBundle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one received bundle to its end: stored exactly once and positively acknowledged, or
 * quarantined with its reason and negatively acknowledged. Every call returns a signed ack; no
 * bundle is dropped. Knows nothing of MQTT or SQL: the transport hands bytes in and sends the ack.
 */
public final class IngestService {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);
  private static final ZoneId TOWN_HALL_ZONE = ZoneId.of("Europe/Berlin");

  private final BundleOpener opener;
  private final ReceivedCases cases;
  private final Quarantine quarantine;
  private final FormCatalog catalog;
  private final Credential hubSigning;
  private final Clock clock;

  public IngestService(
      BundleOpener opener,
      ReceivedCases cases,
      Quarantine quarantine,
      FormCatalog catalog,
      Credential hubSigning,
      Clock clock) {
    this.opener = opener;
    this.cases = cases;
    this.quarantine = quarantine;
    this.catalog = catalog;
    this.hubSigning = hubSigning;
    this.clock = clock;
  }

  /** An ack and its signed bytes, ready to send to the kit. */
  public record SignedAck(Ack ack, byte[] bytes) {}

  /**
   * Ingests a bundle that arrived on a kit's topic.
   *
   * @param topicKitId the kit id of the topic; must equal the bundle's signer
   * @param topicBundleId the bundle id of the topic; must equal the manifest's
   * @param sealed the bytes as received
   */
  public SignedAck ingest(String topicKitId, UUID topicBundleId, byte[] sealed) {
    Instant now = clock.instant();
    try {
      OpenedBundle bundle = opener.open(sealed);
      checkAddress(topicKitId, topicBundleId, bundle);
      for (CaseData c : bundle.cases()) {
        checkForm(c);
      }
      ReceivedCases.StoreResult stored = cases.storeOnce(bundle, now);
      log.info(
          "Bundle {} from {}: {} ({} new cases)",
          topicBundleId,
          topicKitId,
          stored.duplicateBundle() ? "duplicate, acknowledged again" : "stored",
          stored.newCases());
      return sign(Ack.accepted(topicBundleId, stored.storedSha256(), stored.caseIds(), now));
    } catch (BundleRejectedException e) {
      String sha256 = Pki.sha256Hex(sealed);
      quarantine.hold(
          new QuarantinedBundle(
              now,
              topicKitId,
              topicBundleId,
              sha256,
              sealed.length,
              e.reason(),
              e.getMessage(),
              sealed));
      log.warn(
          "Bundle {} from {} quarantined: {} ({})",
          topicBundleId,
          topicKitId,
          e.reason(),
          e.getMessage());
      return sign(Ack.rejected(topicBundleId, sha256, e.reason(), e.getMessage(), now));
    }
  }

  private static void checkAddress(String topicKitId, UUID topicBundleId, OpenedBundle bundle)
      throws BundleRejectedException {
    String signer = Pki.commonName(bundle.signer());
    if (!signer.equals(topicKitId)) {
      throw new BundleRejectedException(
          RejectReason.SIGNER_MISMATCH,
          "bundle arrived on the topic of kit " + topicKitId + " but kit " + signer + " signed it");
    }
    if (!bundle.manifest().bundleId().equals(topicBundleId)) {
      throw new BundleRejectedException(
          RejectReason.MALFORMED,
          "topic names bundle " + topicBundleId + ", manifest " + bundle.manifest().bundleId());
    }
  }

  private void checkForm(CaseData c) throws BundleRejectedException {
    FormDefinition form =
        catalog
            .find(c.formId(), c.formVersion())
            .orElseThrow(
                () ->
                    new BundleRejectedException(
                        RejectReason.UNKNOWN_FORM,
                        "case "
                            + c.caseNumber()
                            + ": form "
                            + c.formId()
                            + " version "
                            + c.formVersion()
                            + " is not known to the hub"));
    LocalDate captureDay = LocalDate.ofInstant(c.capturedAt(), TOWN_HALL_ZONE);
    List<FieldError> errors = FormValidator.validate(form, c.fields(), captureDay);
    if (!errors.isEmpty()) {
      FieldError first = errors.get(0);
      throw new BundleRejectedException(
          RejectReason.FORM_VALIDATION_FAILED,
          "case "
              + c.caseNumber()
              + ": field "
              + first.fieldId()
              + " fails rule "
              + first.rule()
              + " ("
              + errors.size()
              + " errors in all)");
    }
  }

  private SignedAck sign(Ack ack) {
    return new SignedAck(ack, AckCodec.sign(ack, hubSigning));
  }
}
