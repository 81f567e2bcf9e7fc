package de.buergerkoffer.hub.review;

import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.ingest.AckChannel;
import de.buergerkoffer.hub.ingest.IngestService;
import de.buergerkoffer.hub.quarantine.Quarantine;
import de.buergerkoffer.hub.quarantine.QuarantineEntry;
import de.buergerkoffer.hub.quarantine.QuarantinedBundle;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An admin's review of the quarantine. <b>Release</b> runs the whole ingest again on the stored raw
 * bytes once the cause is fixed (a form version added, a kit enrolled again): if the bundle passes
 * now it is stored exactly once and the kit gets its ack; if not it stays open with the new reason.
 * <b>Reject</b> closes an entry for good with a note; it is kept for the audit. Both are written to
 * the audit log, without the note (it may name people).
 *
 * <p>Plain Java: the quarantine, the re-ingest and the ack channel are handed in.
 */
public final class QuarantineReview {

  /** The ingest run again on raw bytes (in the hub: {@link IngestService#retry}). */
  @FunctionalInterface
  public interface Reingest {
    IngestService.Retry retry(String topicKitId, UUID topicBundleId, byte[] raw);
  }

  /** What a release came to. */
  public sealed interface Release {

    /** The bundle passed and is stored; {@code newCases} is 0 when it had been stored before. */
    record Stored(int newCases) implements Release {}

    /** It still fails; the entry stays open with this reason. */
    record StillQuarantined(RejectReason reason, String detail) implements Release {}

    /** The entry does not exist or was released or rejected already. */
    record NotOpen() implements Release {}
  }

  private final Quarantine quarantine;
  private final Reingest reingest;
  private final AckChannel acks;
  private final AuditLog audit;
  private final Clock clock;

  public QuarantineReview(
      Quarantine quarantine, Reingest reingest, AckChannel acks, AuditLog audit, Clock clock) {
    this.quarantine = quarantine;
    this.reingest = reingest;
    this.acks = acks;
    this.audit = audit;
    this.clock = clock;
  }

  /** Entries waiting for an admin, newest first. */
  public List<QuarantineEntry> open(int limit) {
    return quarantine.entries(QuarantineEntry.State.OPEN, limit);
  }

  /** Released and rejected entries, newest first. */
  public List<QuarantineEntry> closed(int limit) {
    var released = quarantine.entries(QuarantineEntry.State.RELEASED, limit);
    var rejected = quarantine.entries(QuarantineEntry.State.REJECTED, limit);
    return java.util.stream.Stream.concat(released.stream(), rejected.stream())
        .sorted(java.util.Comparator.comparingLong(QuarantineEntry::id).reversed())
        .limit(limit)
        .toList();
  }

  public Optional<QuarantineEntry> find(long id) {
    return quarantine.find(id);
  }

  public Optional<byte[]> raw(long id) {
    return quarantine.raw(id);
  }

  public int countOpen() {
    return quarantine.countOpen();
  }

  /** Tries the bundle again; see the class comment. */
  public Release release(long id, String actor) {
    Optional<QuarantineEntry> entry = quarantine.find(id).filter(QuarantineEntry::open);
    Optional<byte[]> raw = quarantine.raw(id);
    if (entry.isEmpty() || raw.isEmpty()) {
      return new Release.NotOpen();
    }
    QuarantinedBundle held = entry.get().bundle();
    IngestService.Retry outcome = reingest.retry(held.topicKitId(), held.bundleId(), raw.get());
    if (outcome instanceof IngestService.Retry.Stored stored) {
      String resolution =
          stored.duplicate()
              ? "bereits gespeichert, erneut bestätigt"
              : "gespeichert: " + stored.newCases() + " neue Anträge";
      if (!quarantine.resolve(
          id, QuarantineEntry.State.RELEASED, clock.instant(), actor, resolution)) {
        return new Release.NotOpen();
      }
      audit.record(
          actor,
          AuditAction.QUARANTINE_RELEASE,
          String.valueOf(id),
          "stored; bundle="
              + held.bundleId()
              + "; kit="
              + held.topicKitId()
              + "; new="
              + stored.newCases());
      acks.sendAck(held.topicKitId(), stored.ack());
      return new Release.Stored(stored.newCases());
    }
    IngestService.Retry.Refused refused = (IngestService.Retry.Refused) outcome;
    quarantine.updateReason(id, refused.reason(), refused.detail());
    audit.record(
        actor,
        AuditAction.QUARANTINE_RELEASE,
        String.valueOf(id),
        "still refused; reason=" + refused.reason() + "; bundle=" + held.bundleId());
    return new Release.StillQuarantined(refused.reason(), refused.detail());
  }

  /**
   * Closes the entry for good; the bundle stays stored for the audit.
   *
   * @param note why, for the other admins (required)
   * @return false when the entry does not exist or is not open
   * @throws IllegalArgumentException when the note is blank
   */
  public boolean reject(long id, String actor, String note) {
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException("Bitte eine Begründung angeben.");
    }
    Optional<QuarantineEntry> entry = quarantine.find(id);
    if (entry.isEmpty()
        || !quarantine.resolve(
            id, QuarantineEntry.State.REJECTED, clock.instant(), actor, note.strip())) {
      return false;
    }
    QuarantinedBundle held = entry.get().bundle();
    audit.record(
        actor,
        AuditAction.QUARANTINE_REJECT,
        String.valueOf(id),
        "reason=" + held.reason() + "; bundle=" + held.bundleId() + "; kit=" + held.topicKitId());
    return true;
  }
}
