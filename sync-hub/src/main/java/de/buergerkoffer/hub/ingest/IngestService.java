package de.buergerkoffer.hub.ingest;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.BundleOpener;
import de.buergerkoffer.bundle.BundleRejectedException;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.transfer.AssemblyResult;
import de.buergerkoffer.bundle.transfer.ChunkAssembler;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import de.buergerkoffer.bundle.transfer.ChunkException;
import de.buergerkoffer.bundle.transfer.ChunkStore;
import de.buergerkoffer.bundle.transfer.TransferQuery;
import de.buergerkoffer.bundle.transfer.TransferStatus;
import de.buergerkoffer.forms.Evidence;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.FormValidator;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.kits.KitRegistry;
import de.buergerkoffer.hub.quarantine.Quarantine;
import de.buergerkoffer.hub.quarantine.QuarantinedBundle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
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
  private final ChunkAssembler assembler;
  private final ReceivedCases cases;
  private final Quarantine quarantine;
  private final FormCatalog catalog;
  private final Credential hubSigning;
  private final Clock clock;
  private final ChunkStore chunks;
  private final KitRegistry kits;
  private final AuditLog audit;
  private final Lock storeLock;

  /**
   * @param storeLock held while a chunk is taken into the chunk store, so that parallel callers
   *     write one after the other instead of contending in the database (storing a whole bundle
   *     goes through {@link AuditLog#recordWith}, which serializes and groups the commits)
   */
  public IngestService(
      BundleOpener opener,
      ChunkAssembler assembler,
      ReceivedCases cases,
      Quarantine quarantine,
      FormCatalog catalog,
      Credential hubSigning,
      ChunkStore chunks,
      KitRegistry kits,
      Clock clock,
      AuditLog audit,
      Lock storeLock) {
    this.opener = opener;
    this.assembler = assembler;
    this.cases = cases;
    this.quarantine = quarantine;
    this.catalog = catalog;
    this.hubSigning = hubSigning;
    this.chunks = chunks;
    this.kits = kits;
    this.clock = clock;
    this.audit = audit;
    this.storeLock = storeLock;
  }

  /** An ack and its signed bytes, ready to send to the kit. */
  public record SignedAck(Ack ack, byte[] bytes) {}

  /**
   * Takes one chunk that arrived on a kit's chunk topic. When it completes its bundle, the bundle
   * is ingested and the ack returned; a chunk that cannot be accepted is quarantined and answered
   * with a negative ack; otherwise there is nothing to answer yet.
   *
   * @param topicKitId the kit id of the topic
   * @param topicBundleId the bundle id of the topic; must equal the chunk's
   */
  public Optional<SignedAck> receiveChunk(String topicKitId, UUID topicBundleId, byte[] payload) {
    AssemblyResult result;
    storeLock.lock(); // a chunk of a larger bundle is written to the chunk store
    try {
      result = assembler.accept(topicKitId, payload);
    } finally {
      storeLock.unlock();
    }
    if (result instanceof AssemblyResult.Incomplete) {
      return Optional.empty();
    }
    if (result instanceof AssemblyResult.Complete complete) {
      if (!complete.bundleId().equals(topicBundleId)) {
        return Optional.of(
            refuse(
                topicKitId,
                topicBundleId,
                complete.sealed(),
                new BundleRejectedException(
                    RejectReason.MALFORMED,
                    "topic names bundle " + topicBundleId + ", chunks " + complete.bundleId())));
      }
      return Optional.of(ingest(topicKitId, topicBundleId, complete.sealed()));
    }
    AssemblyResult.Rejected rejected = (AssemblyResult.Rejected) result;
    // the refusal names the whole bundle's SHA-256, so the kit recognises it as the answer to what
    // it sent; a chunk too garbled to read keeps its own hash, the kit ignores that and resends
    String answeredSha = Pki.sha256Hex(payload);
    try {
      answeredSha = ChunkCodec.decode(payload).bundleSha256Hex();
    } catch (ChunkException e) {
      log.debug("Chunk header unreadable: {}", e.getMessage());
    }
    return Optional.of(
        refuse(
            topicKitId,
            topicBundleId,
            payload,
            new BundleRejectedException(rejected.reason(), rejected.detail()),
            answeredSha));
  }

  /**
   * Answers a kit's question which chunks of a bundle the hub holds. For a bundle already stored
   * the signed ack is repeated, so a kit whose ack got lost can finish. The question counts as the
   * kit being seen.
   */
  public HelloAnswer answer(String kitId, TransferQuery query) {
    kits.seen(kitId, clock.instant());
    Optional<ReceivedCases.StoreResult> stored = cases.storedBundle(query.bundleId());
    if (stored.isPresent()) {
      Ack ack =
          Ack.accepted(
              query.bundleId(),
              stored.get().storedSha256(),
              stored.get().caseIds(),
              clock.instant());
      return new HelloAnswer(
          new TransferStatus(query.bundleId(), List.of(), true), Optional.of(sign(ack)));
    }
    List<Integer> held =
        chunks
            .transfer(query.bundleId())
            .filter(t -> t.kitId().equals(kitId))
            .map(t -> chunks.held(query.bundleId()).stream().boxed().toList())
            .orElse(List.of());
    return new HelloAnswer(new TransferStatus(query.bundleId(), held, false), Optional.empty());
  }

  /** The answer to a hello: the transfer status, and the repeated ack of a stored bundle. */
  public record HelloAnswer(TransferStatus status, Optional<SignedAck> ack) {}

  /**
   * Keeps a message that arrived on an unexpected topic, so nothing is dropped unseen. There is no
   * bundle id to answer to.
   */
  public void quarantineUnaddressed(String topic, byte[] payload) {
    quarantine.hold(
        new QuarantinedBundle(
            clock.instant(),
            Topics.kitSegment(topic),
            null,
            Pki.sha256Hex(payload),
            payload.length,
            RejectReason.MALFORMED,
            "message on unexpected topic " + topic,
            payload));
    log.warn("Message on unexpected topic {} quarantined", topic);
    audit.record(
        "hub",
        AuditAction.QUARANTINE,
        "",
        "reason=MALFORMED; unexpected topic; topic kit="
            + Topics.kitSegment(topic)
            + "; sha256="
            + Pki.sha256Hex(payload));
  }

  /**
   * Ingests a bundle that arrived on a kit's topic.
   *
   * @param topicKitId the kit id of the topic; must equal the bundle's signer
   * @param topicBundleId the bundle id of the topic; must equal the manifest's
   * @param sealed the bytes as received
   */
  public SignedAck ingest(String topicKitId, UUID topicBundleId, byte[] sealed) {
    try {
      return accept(topicKitId, topicBundleId, sealed, true).ack();
    } catch (BundleRejectedException e) {
      return refuse(topicKitId, topicBundleId, sealed, e);
    }
  }

  /**
   * The outcome of trying a quarantined bundle again: stored (exactly once, with the ack to send
   * the kit), or still refused with the reason as it stands now.
   */
  public sealed interface Retry {

    /** Stored now, or found stored already. */
    record Stored(SignedAck ack, int newCases, boolean duplicate) implements Retry {}

    /** Still not acceptable; nothing was stored and no new quarantine entry made. */
    record Refused(RejectReason reason, String detail) implements Retry {}
  }

  /**
   * Runs the whole ingest again on a quarantined bundle's raw bytes, after an admin fixed the cause
   * (a form version added, a kit enrolled again). Unlike {@link #ingest} a refusal is only
   * reported: the bundle is already in quarantine.
   *
   * @param topicKitId the kit id of the topic it arrived on
   * @param topicBundleId the bundle id of the topic it arrived on
   */
  public Retry retry(String topicKitId, UUID topicBundleId, byte[] sealed) {
    if (topicBundleId == null) {
      return new Retry.Refused(
          RejectReason.MALFORMED, "arrived on an unexpected topic, without a bundle id");
    }
    try {
      Accepted accepted = accept(topicKitId, topicBundleId, sealed, false);
      return new Retry.Stored(
          accepted.ack(), accepted.stored().newCases(), accepted.stored().duplicateBundle());
    } catch (BundleRejectedException e) {
      return new Retry.Refused(e.reason(), e.getMessage());
    }
  }

  private record Accepted(SignedAck ack, ReceivedCases.StoreResult stored) {}

  /**
   * Opens, checks and stores a bundle, or throws why not.
   *
   * @param arrived true when the bundle just arrived from the kit (then the kit counts as seen)
   */
  private Accepted accept(String topicKitId, UUID topicBundleId, byte[] sealed, boolean arrived)
      throws BundleRejectedException {
    Instant now = clock.instant();
    OpenedBundle bundle = opener.open(sealed);
    checkAddress(topicKitId, topicBundleId, bundle);
    if (kits.isRevoked(topicKitId)) {
      throw new BundleRejectedException(
          RejectReason.REVOKED_SIGNER,
          "kit " + topicKitId + " was revoked; its bundles are held for review");
    }
    for (CaseData c : bundle.cases()) {
      checkForm(c, bundle);
    }
    return store(topicKitId, topicBundleId, bundle, now, arrived);
  }

  private Accepted store(
      String topicKitId, UUID topicBundleId, OpenedBundle bundle, Instant now, boolean arrived) {
    // the cases and their audit entry commit together: one flush to disk, never one without the
    // other
    ReceivedCases.StoreResult stored =
        audit.recordWith(
            () -> {
              ReceivedCases.StoreResult result = cases.storeOnce(bundle, now);
              if (arrived) {
                kits.seen(topicKitId, now);
              }
              return result;
            },
            result ->
                new AuditLog.Entry(
                    topicKitId,
                    AuditAction.SYNC_ACCEPT,
                    topicBundleId.toString(),
                    "cases="
                        + String.join(
                            ",", bundle.cases().stream().map(CaseData::caseNumber).toList())
                        + "; new="
                        + result.newCases()
                        + (result.duplicateBundle() ? "; duplicate" : "")
                        + (arrived ? "" : "; released from quarantine")));
    log.info(
        "Bundle {} from {}: {} ({} new cases)",
        topicBundleId,
        topicKitId,
        stored.duplicateBundle()
            ? "duplicate, acknowledged again"
            : arrived ? "stored" : "stored on release from quarantine",
        stored.newCases());
    return new Accepted(
        sign(Ack.accepted(topicBundleId, stored.storedSha256(), stored.caseIds(), now)), stored);
  }

  private SignedAck refuse(
      String topicKitId, UUID topicBundleId, byte[] raw, BundleRejectedException e) {
    return refuse(topicKitId, topicBundleId, raw, e, Pki.sha256Hex(raw));
  }

  private SignedAck refuse(
      String topicKitId,
      UUID topicBundleId,
      byte[] raw,
      BundleRejectedException e,
      String answeredSha256) {
    Instant now = clock.instant();
    String sha256 = Pki.sha256Hex(raw);
    audit.recordWith(
        () -> {
          quarantine.hold(
              new QuarantinedBundle(
                  now,
                  topicKitId,
                  topicBundleId,
                  sha256,
                  raw.length,
                  e.reason(),
                  e.getMessage(),
                  raw));
          return null;
        },
        nothing ->
            new AuditLog.Entry(
                "hub",
                AuditAction.QUARANTINE,
                String.valueOf(topicBundleId),
                "reason=" + e.reason() + "; topic kit=" + topicKitId + "; sha256=" + sha256));
    log.warn(
        "Bundle {} from {} quarantined: {} ({})",
        topicBundleId,
        topicKitId,
        e.reason(),
        e.getMessage());
    return sign(Ack.rejected(topicBundleId, answeredSha256, e.reason(), e.getMessage(), now));
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

  /**
   * The case's form version must be known and in force on the capture day, and the values,
   * documents and signature must pass it; every failing field and rule is named in the refusal.
   */
  private void checkForm(CaseData c, OpenedBundle bundle) throws BundleRejectedException {
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
    if (!catalog.inForceOn(c.formId(), c.formVersion(), captureDay)) {
      throw new BundleRejectedException(
          RejectReason.UNKNOWN_FORM, FormProblems.notInForce(c, catalog, captureDay));
    }
    List<FieldError> errors = new ArrayList<>(FormValidator.validate(form, c.fields(), captureDay));
    errors.addAll(
        FormValidator.validateEvidence(
            form,
            c.fields(),
            Evidence.fromAttachmentNames(
                bundle.attachmentsOf(c.caseId()).stream().map(Attachment::name).toList())));
    if (!errors.isEmpty()) {
      throw new BundleRejectedException(
          RejectReason.FORM_VALIDATION_FAILED, FormProblems.describe(c, errors));
    }
  }

  private SignedAck sign(Ack ack) {
    return new SignedAck(ack, AckCodec.sign(ack, hubSigning));
  }
}
