package de.buergerkoffer.bundle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.audit.AuditVerification.Break;
import de.buergerkoffer.bundle.audit.AuditVerification.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit hash chain: a log built with {@link AuditChain#append} verifies, and each kind of
 * tampering (change, deletion, reordering, insertion, cut-off end) is named at the first entry it
 * affects.
 */
class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00.123456Z");

  /** Five entries as a kit would write them. */
  private static List<AuditEntry> log(int size) {
    List<AuditEntry> entries = new ArrayList<>();
    Optional<AuditEntry> head = Optional.empty();
    for (int i = 0; i < size; i++) {
      AuditEntry next =
          AuditChain.append(
              head,
              T0.plus(Duration.ofMinutes(i)),
              "Frau Schmidt",
              AuditAction.CAPTURE.name(),
              "BK01-00000" + (i + 1) + "-0",
              "form=meldebescheinigung v1; attachments=0");
      entries.add(next);
      head = Optional.of(next);
    }
    return entries;
  }

  private static AuditEntry withDetail(AuditEntry e, String detail) {
    return new AuditEntry(
        e.seq(), e.at(), e.actor(), e.action(), e.subject(), detail, e.prevHash(), e.hash());
  }

  private static AuditEntry withSeq(AuditEntry e, long seq) {
    return new AuditEntry(
        seq, e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.prevHash(), e.hash());
  }

  private static Break broken(AuditVerification result) {
    assertThat(result.ok()).isFalse();
    return result.firstBroken().orElseThrow();
  }

  @Test
  void aLogBuiltByAppendingVerifiesAndReportsItsHead() {
    List<AuditEntry> entries = log(5);

    AuditVerification result = AuditChain.verify(entries);

    assertThat(result).isInstanceOf(AuditVerification.Intact.class);
    assertThat(result.entries()).isEqualTo(5);
    assertThat(result.headHash()).isEqualTo(entries.get(4).hash());
    assertThat(result.firstBroken()).isEmpty();
  }

  @Test
  void theFirstEntryPointsToSixtyFourZerosAndEachNextToItsPredecessor() {
    List<AuditEntry> entries = log(3);

    assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(0).prevHash()).isEqualTo(AuditChain.GENESIS_HASH).matches("0{64}");
    assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).prevHash()).isEqualTo(entries.get(1).hash());
    assertThat(entries).allSatisfy(e -> assertThat(e.hash()).matches("[0-9a-f]{64}"));
  }

  @Test
  void anEmptyLogIsIntactWithTheGenesisHashAsHead() {
    AuditVerification result = AuditChain.verify(List.of());

    assertThat(result.ok()).isTrue();
    assertThat(result.entries()).isZero();
    assertThat(result.headHash()).isEqualTo(AuditChain.GENESIS_HASH);
  }

  @Test
  void aChangedEntryIsNamedByItsHashMismatch() {
    List<AuditEntry> entries = new ArrayList<>(log(5));
    entries.set(2, withDetail(entries.get(2), "form=meldebescheinigung v1; attachments=1"));

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(3);
    assertThat(at.problem()).isEqualTo(Problem.HASH_MISMATCH);
    assertThat(at.reason()).contains("entry 3 was changed");
  }

  @Test
  void aChangedTimeActorOrSubjectIsDetectedToo() {
    AuditEntry e = log(1).get(0);
    List<AuditEntry> changed =
        List.of(
            new AuditEntry(
                1,
                T0.plusNanos(1),
                e.actor(),
                e.action(),
                e.subject(),
                e.detail(),
                e.prevHash(),
                e.hash()),
            new AuditEntry(
                1,
                e.at(),
                "Herr Meier",
                e.action(),
                e.subject(),
                e.detail(),
                e.prevHash(),
                e.hash()),
            new AuditEntry(
                1,
                e.at(),
                e.actor(),
                e.action(),
                "BK01-000009-0",
                e.detail(),
                e.prevHash(),
                e.hash()),
            new AuditEntry(
                1, e.at(), e.actor(), "EXPORT", e.subject(), e.detail(), e.prevHash(), e.hash()));

    assertThat(changed)
        .allSatisfy(
            c ->
                assertThat(broken(AuditChain.verify(List.of(c))).problem())
                    .isEqualTo(Problem.HASH_MISMATCH));
  }

  @Test
  void aDeletedEntryLeavesAGapNamedByTheMissingNumber() {
    List<AuditEntry> entries = new ArrayList<>(log(5));
    entries.remove(1);

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(2);
    assertThat(at.problem()).isEqualTo(Problem.SEQ_GAP);
    assertThat(at.reason()).contains("entry 2 is missing");
  }

  @Test
  void aDeletedFirstEntryIsDetected() {
    List<AuditEntry> entries = new ArrayList<>(log(3));
    entries.remove(0);

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(1);
    assertThat(at.problem()).isEqualTo(Problem.SEQ_GAP);
  }

  @Test
  void aDeletedEntryWhoseSuccessorsWereRenumberedBreaksTheLinkAndTheHash() {
    List<AuditEntry> entries = new ArrayList<>(log(5));
    entries.remove(1);
    for (int i = 1; i < entries.size(); i++) {
      entries.set(i, withSeq(entries.get(i), i + 1));
    }

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(2);
    assertThat(at.problem()).isEqualTo(Problem.PREV_HASH_MISMATCH);
  }

  @Test
  void aDeletedEntryIsDetectedEvenIfTheRestWasRechainedButNotRehashed() {
    List<AuditEntry> entries = new ArrayList<>(log(4));
    entries.remove(1);
    AuditEntry third = entries.get(1);
    entries.set(
        1,
        new AuditEntry(
            2,
            third.at(),
            third.actor(),
            third.action(),
            third.subject(),
            third.detail(),
            entries.get(0).hash(),
            third.hash()));

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(2);
    assertThat(at.problem()).isEqualTo(Problem.HASH_MISMATCH);
  }

  @Test
  void reorderedEntriesAreDetectedWhereTheOrderFirstBreaks() {
    List<AuditEntry> entries = new ArrayList<>(log(5));
    Collections.swap(entries, 1, 3);

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(2);
    assertThat(at.problem()).isEqualTo(Problem.SEQ_GAP);
  }

  @Test
  void swappedContentsUnderTheOriginalNumbersAreDetected() {
    List<AuditEntry> entries = new ArrayList<>(log(4));
    AuditEntry second = entries.get(1);
    AuditEntry third = entries.get(2);
    entries.set(1, withSeq(third, 2));
    entries.set(2, withSeq(second, 3));

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(2);
    assertThat(at.problem()).isEqualTo(Problem.PREV_HASH_MISMATCH);
  }

  @Test
  void anEntryInsertedWithAValidHashIsDetectedAtTheEntryItDisplaces() {
    List<AuditEntry> entries = new ArrayList<>(log(4));
    AuditEntry forged =
        AuditChain.append(
            Optional.of(entries.get(1)),
            T0.plusSeconds(90),
            "admin",
            AuditAction.WIPE.name(),
            "kit-07",
            "");
    entries.add(2, forged);

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(3);
    assertThat(at.problem()).isEqualTo(Problem.SEQ_OUT_OF_ORDER);
  }

  @Test
  void anEntryInsertedWithRenumberingButWithoutRehashingIsDetected() {
    List<AuditEntry> entries = new ArrayList<>(log(4));
    AuditEntry forged =
        AuditChain.append(
            Optional.of(entries.get(1)), T0.plusSeconds(90), "admin", "WIPE", "kit-07", "");
    entries.add(2, forged);
    for (int i = 3; i < entries.size(); i++) {
      entries.set(i, withSeq(entries.get(i), i + 1));
    }

    Break at = broken(AuditChain.verify(entries));

    assertThat(at.seq()).isEqualTo(4);
    assertThat(at.problem()).isEqualTo(Problem.PREV_HASH_MISMATCH);
  }

  @Test
  void aCutOffEndIsInvisibleToTheChainButShowsAgainstTheHeadNotedElsewhere() {
    List<AuditEntry> entries = log(5);
    String notedHead = entries.get(4).hash();
    List<AuditEntry> cut = entries.subList(0, 3);

    assertThat(AuditChain.verify(cut).ok()).as("the chain alone cannot tell").isTrue();
    Break at = broken(AuditChain.verify(cut, notedHead));
    assertThat(at.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    assertThat(at.seq()).isEqualTo(3);
    assertThat(AuditChain.verify(entries, notedHead).ok()).isTrue();
  }

  @Test
  void aHeadNotedEarlierIsCheckedAgainstTheEntriesUpToIt() {
    List<AuditEntry> entries = log(5);
    String notedAtThree = entries.get(2).hash();

    assertThat(AuditChain.verify(entries.subList(0, 3), notedAtThree).ok()).isTrue();
  }

  @Test
  void aCounterOfEntriesWrittenShowsACutOffEndAndEntriesAddedByHand() {
    List<AuditEntry> entries = log(5);

    AuditChain.Verifier cut = AuditChain.verifier();
    entries.subList(0, 3).forEach(cut::add);
    Break missing = broken(cut.resultExpectingLastSeq(5));
    assertThat(missing.seq()).isEqualTo(4);
    assertThat(missing.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    assertThat(missing.reason()).contains("the last 2 were deleted");

    AuditChain.Verifier added = AuditChain.verifier();
    entries.forEach(added::add);
    assertThat(broken(added.resultExpectingLastSeq(4)).seq()).isEqualTo(5);

    AuditChain.Verifier exact = AuditChain.verifier();
    entries.forEach(exact::add);
    assertThat(exact.resultExpectingLastSeq(5).ok()).isTrue();
  }

  @Test
  void countsAllEntriesAndKeepsTheFirstBreakWhenThereAreSeveral() {
    List<AuditEntry> entries = new ArrayList<>(log(6));
    entries.set(1, withDetail(entries.get(1), "x"));
    entries.remove(4);

    AuditVerification result = AuditChain.verify(entries);

    assertThat(result.entries()).isEqualTo(5);
    assertThat(broken(result).seq()).isEqualTo(2);
  }

  @Test
  void theHashEncodingIsUnambiguousWhereNaiveConcatenationIsNot() {
    String a = AuditChain.hashOf(1, T0, "ab", "c", "", "", AuditChain.GENESIS_HASH);
    String b = AuditChain.hashOf(1, T0, "a", "bc", "", "", AuditChain.GENESIS_HASH);
    String emptyDetail = AuditChain.hashOf(1, T0, "a", "b", "s", "", AuditChain.GENESIS_HASH);
    String nullDetail = AuditChain.hashOf(1, T0, "a", "b", "s", null, AuditChain.GENESIS_HASH);

    assertThat(a).isNotEqualTo(b);
    assertThat(emptyDetail).isNotEqualTo(nullDetail);
  }

  @Test
  void theHashIsStableAcrossVersions() {
    // pinned: a change here breaks every stored log; compute with the documented encoding
    assertThat(
            AuditChain.hashOf(
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "kit-01",
                "ENROLL",
                "kit-01",
                "",
                AuditChain.GENESIS_HASH))
        .isEqualTo(PINNED);
  }

  /**
   * Computed outside Java (Python hashlib) from the encoding documented in {@link
   * AuditChain#hashOf}.
   */
  static final String PINNED = "45138af1b8e497be0f5f6fcf441bb2e0e21515608182d1a8b8cfc30708409bcd";

  @Test
  void refusesAnEntryWithoutActorOrAction() {
    assertThatThrownBy(
            () -> AuditChain.append(Optional.empty(), T0, " ", "CAPTURE", "BK01-000001-8", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor");
    assertThatThrownBy(
            () -> AuditChain.append(Optional.empty(), T0, "kit-01", "", "BK01-000001-8", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action");
  }

  @Test
  void storesAMissingSubjectOrDetailAsEmptyText() {
    AuditEntry e = AuditChain.append(Optional.empty(), T0, "hub", "IMPORT", null, null);

    assertThat(e.subject()).isEmpty();
    assertThat(e.detail()).isEmpty();
    assertThat(AuditChain.verify(List.of(e)).ok()).isTrue();
  }
}
