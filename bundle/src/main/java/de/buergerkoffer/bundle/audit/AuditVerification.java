package de.buergerkoffer.bundle.audit;

import java.util.Optional;

/**
 * The outcome of checking an audit log: intact, or broken at a named entry. Either way it says how
 * many entries were read and what the last one's hash is (for a broken log that hash is just what
 * is stored, not a trusted head).
 */
public sealed interface AuditVerification {

  /** Whether the chain is intact. */
  boolean ok();

  /** How many entries were read. */
  long entries();

  /** The last entry's stored hash, {@link AuditChain#GENESIS_HASH} for an empty log. */
  String headHash();

  /** Where the chain breaks first; empty when it is intact. */
  Optional<Break> firstBroken();

  /** Every entry fits its predecessor and its own hash. */
  record Intact(long entries, String headHash) implements AuditVerification {

    @Override
    public boolean ok() {
      return true;
    }

    @Override
    public Optional<Break> firstBroken() {
      return Optional.empty();
    }
  }

  /** The chain breaks; entries from {@code firstBroken.seq} on cannot be trusted. */
  record Broken(long entries, String headHash, Break at) implements AuditVerification {

    @Override
    public boolean ok() {
      return false;
    }

    @Override
    public Optional<Break> firstBroken() {
      return Optional.of(at);
    }
  }

  /**
   * The first place where the chain does not hold.
   *
   * @param seq the first entry that cannot be trusted: for {@link Problem#SEQ_GAP} the first
   *     missing number, for {@link Problem#HEAD_MISMATCH} see there, otherwise the {@code seq} of
   *     the entry as stored
   * @param problem what kind of break
   * @param reason a sentence for the person checking, in English, with the numbers involved
   */
  record Break(long seq, Problem problem, String reason) {}

  /** What kind of break. */
  enum Problem {
    /** The entry's content does not yield its stored hash: it was changed after it was written. */
    HASH_MISMATCH,
    /** {@code seq} jumps forward: the entries in between were deleted (or the order changed). */
    SEQ_GAP,
    /** {@code seq} does not grow: entries were moved, duplicated or inserted. */
    SEQ_OUT_OF_ORDER,
    /**
     * The entry does not point to its predecessor's hash: an entry before it was deleted and the
     * rest renumbered, or an entry was inserted or replaced.
     */
    PREV_HASH_MISMATCH,
    /**
     * The chain is intact in itself but does not end where an anchor kept elsewhere says: entries
     * were cut off at the end, added outside the application, or the whole log was rewritten. The
     * {@code seq} is the first entry missing at the end, the first unexpected one, or (for a head
     * hash that differs) the last entry.
     */
    HEAD_MISMATCH
  }
}
