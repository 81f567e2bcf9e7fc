package de.buergerkoffer.hub.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.hub.fakes.RecordingAudit;
import de.buergerkoffer.hub.fakes.SettableClock;
import de.buergerkoffer.hub.ingest.IngestService;
import de.buergerkoffer.hub.quarantine.QuarantineEntry;
import de.buergerkoffer.hub.quarantine.QuarantinedBundle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuarantineReviewTest {

  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final UUID BUNDLE = UUID.fromString("7e0c7a52-3c36-4b39-9d0e-5b0f1c1f2a01");

  final MemoryQuarantine quarantine = new MemoryQuarantine();
  final RecordingAudit audit = new RecordingAudit();
  final List<String> acksSentTo = new ArrayList<>();
  final List<byte[]> retried = new ArrayList<>();
  IngestService.Retry nextOutcome;

  final QuarantineReview review =
      new QuarantineReview(
          quarantine,
          (kitId, bundleId, raw) -> {
            retried.add(raw);
            return nextOutcome;
          },
          (kitId, ack) -> acksSentTo.add(kitId + ":" + ack.ack().bundleId()),
          audit,
          new SettableClock(NOW));

  long held(RejectReason reason, UUID bundleId) {
    quarantine.hold(
        new QuarantinedBundle(
            NOW.minusSeconds(600),
            "kit-07",
            bundleId,
            "ab12",
            3,
            reason,
            "kit kit-07 was revoked",
            new byte[] {1, 2, 3}));
    return quarantine.entries.size();
  }

  static IngestService.Retry stored(int newCases) {
    Ack ack = Ack.accepted(BUNDLE, "ab12", List.of(UUID.randomUUID()), NOW);
    return new IngestService.Retry.Stored(
        new IngestService.SignedAck(ack, new byte[] {9}), newCases, newCases == 0);
  }

  @Test
  void aReleasedBundleThatNowPassesIsClosedAcknowledgedToTheKitAndAudited() {
    long id = held(RejectReason.UNKNOWN_FORM, BUNDLE);
    nextOutcome = stored(2);

    QuarantineReview.Release outcome = review.release(id, "ina");

    assertThat(outcome).isEqualTo(new QuarantineReview.Release.Stored(2));
    assertThat(retried).singleElement().isEqualTo(new byte[] {1, 2, 3});
    QuarantineEntry entry = review.find(id).orElseThrow();
    assertThat(entry.state()).isEqualTo(QuarantineEntry.State.RELEASED);
    assertThat(entry.resolvedBy()).isEqualTo("ina");
    assertThat(entry.resolvedAt()).isEqualTo(NOW);
    assertThat(entry.resolution()).isEqualTo("gespeichert: 2 neue Anträge");
    assertThat(acksSentTo).containsExactly("kit-07:" + BUNDLE);
    assertThat(audit.entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("QUARANTINE_RELEASE");
              assertThat(e.actor()).isEqualTo("ina");
              assertThat(e.subject()).isEqualTo(String.valueOf(id));
            });
    assertThat(review.open(10)).isEmpty();
    assertThat(review.closed(10)).extracting(QuarantineEntry::id).containsExactly(id);
  }

  @Test
  void aReleasedBundleThatStillFailsStaysOpenWithTheNewReasonAndNoAck() {
    long id = held(RejectReason.REVOKED_SIGNER, BUNDLE);
    nextOutcome =
        new IngestService.Retry.Refused(RejectReason.UNKNOWN_FORM, "form x version 9 unknown");

    QuarantineReview.Release outcome = review.release(id, "ina");

    assertThat(outcome)
        .isEqualTo(
            new QuarantineReview.Release.StillQuarantined(
                RejectReason.UNKNOWN_FORM, "form x version 9 unknown"));
    QuarantineEntry entry = review.find(id).orElseThrow();
    assertThat(entry.open()).isTrue();
    assertThat(entry.bundle().reason()).isEqualTo(RejectReason.UNKNOWN_FORM);
    assertThat(entry.bundle().detail()).isEqualTo("form x version 9 unknown");
    assertThat(acksSentTo).isEmpty();
    assertThat(audit.entries.get(0).detail()).startsWith("still refused; reason=UNKNOWN_FORM");
    assertThat(quarantine.entries).hasSize(1);
  }

  @Test
  void aClosedEntryIsNotTriedAgain() {
    long id = held(RejectReason.UNKNOWN_FORM, BUNDLE);
    nextOutcome = stored(1);
    review.release(id, "ina");

    assertThat(review.release(id, "ina")).isInstanceOf(QuarantineReview.Release.NotOpen.class);
    assertThat(review.release(99, "ina")).isInstanceOf(QuarantineReview.Release.NotOpen.class);
    assertThat(retried).hasSize(1);
    assertThat(review.reject(id, "ina", "zu spät")).isFalse();
  }

  @Test
  void aRejectedEntryIsKeptWithTheNoteButNoLongerOpenAndTheAuditHasNoNote() {
    long id = held(RejectReason.REVOKED_SIGNER, BUNDLE);

    assertThat(review.reject(id, "ina", " Koffer gestohlen, Bündel von Dieb ")).isTrue();

    QuarantineEntry entry = review.find(id).orElseThrow();
    assertThat(entry.state()).isEqualTo(QuarantineEntry.State.REJECTED);
    assertThat(entry.resolution()).isEqualTo("Koffer gestohlen, Bündel von Dieb");
    assertThat(review.raw(id)).hasValue(new byte[] {1, 2, 3});
    assertThat(review.countOpen()).isZero();
    assertThat(audit.entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("QUARANTINE_REJECT");
              assertThat(e.detail()).contains("reason=REVOKED_SIGNER").doesNotContain("Dieb");
            });
    assertThat(retried).isEmpty();
  }

  @Test
  void rejectingNeedsANote() {
    long id = held(RejectReason.MALFORMED, null);

    assertThatThrownBy(() -> review.reject(id, "ina", "  "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(review.find(id).orElseThrow().open()).isTrue();
  }

  @Test
  void everyReasonHasAGermanTextAndRevokedReadsKofferGesperrt() {
    for (RejectReason reason : RejectReason.values()) {
      assertThat(ReasonTexts.german(reason)).isNotBlank();
      assertThat(ReasonTexts.hint(reason)).isNotBlank();
    }
    assertThat(ReasonTexts.german(RejectReason.REVOKED_SIGNER)).isEqualTo("Koffer gesperrt");
  }
}
