package de.buergerkoffer.bundle.audit;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.audit.AuditVerification.Break;
import de.buergerkoffer.bundle.audit.AuditVerification.Problem;
import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of the audit hash chain, in one place for kit and hub: how an entry's hash is computed,
 * how the next entry is made, and how a log is checked. Storage and serialization of appends are
 * the applications' part; see the package documentation for what the chain can and cannot show.
 */
public final class AuditChain {

  /** The {@code prevHash} of the first entry: 64 zeros. */
  public static final String GENESIS_HASH = "0".repeat(64);

  /** Names the encoding inside every hash, so a later change of encoding cannot collide. */
  static final String ENCODING = "bk-audit-v1";

  private AuditChain() {}

  /**
   * The hash of an entry: lower-case hex SHA-256 over the fields {@code "bk-audit-v1"}, {@code seq}
   * as decimal text, {@code at} as {@link StoredTime} text (UTC, nine fraction digits), {@code
   * actor}, {@code action}, {@code subject}, {@code detail}, {@code prevHash}, in this order, each
   * written as its UTF-8 byte length (4 bytes, big-endian) followed by its UTF-8 bytes; a missing
   * value ({@code null}) is written as length {@code 0xFFFFFFFF} without bytes. The length prefix
   * makes the encoding unambiguous: no two different entries share an input.
   */
  public static String hashOf(
      long seq,
      Instant at,
      String actor,
      String action,
      String subject,
      String detail,
      String prevHash) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      field(out, ENCODING);
      field(out, Long.toString(seq));
      field(out, at == null ? null : StoredTime.format(at));
      field(out, actor);
      field(out, action);
      field(out, subject);
      field(out, detail);
      field(out, prevHash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Pki.sha256Hex(bytes.toByteArray());
  }

  private static void field(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /**
   * The entry that follows {@code head}: the next {@code seq}, pointing to the head's hash.
   *
   * @param head the current last entry, empty for a new log
   * @param subject may be null or empty (stored as empty)
   * @param detail may be null or empty (stored as empty)
   * @throws IllegalArgumentException when actor or action is blank
   */
  public static AuditEntry append(
      Optional<AuditEntry> head,
      Instant at,
      String actor,
      String action,
      String subject,
      String detail) {
    long seq = head.map(h -> h.seq() + 1).orElse(1L);
    return entry(
        seq, head.map(AuditEntry::hash).orElse(GENESIS_HASH), at, actor, action, subject, detail);
  }

  /**
   * An entry with a given {@code seq} and predecessor hash, for stores that number entries
   * themselves (a gap left by an entry deleted at the end then stays visible).
   *
   * @throws IllegalArgumentException when seq is below 1, or actor or action is blank
   */
  public static AuditEntry entry(
      long seq,
      String prevHash,
      Instant at,
      String actor,
      String action,
      String subject,
      String detail) {
    if (seq < 1) {
      throw new IllegalArgumentException("seq starts at 1, not " + seq);
    }
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(at, "at");
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("an audit entry needs an actor");
    }
    if (action == null || action.isBlank()) {
      throw new IllegalArgumentException("an audit entry needs an action");
    }
    String s = subject == null ? "" : subject;
    String d = detail == null ? "" : detail;
    return new AuditEntry(
        seq, at, actor, action, s, d, prevHash, hashOf(seq, at, actor, action, s, d, prevHash));
  }

  /** Checks a log, entries in the order of {@code seq} as stored. */
  public static AuditVerification verify(Iterable<AuditEntry> entries) {
    Verifier verifier = verifier();
    entries.forEach(verifier::add);
    return verifier.result();
  }

  /**
   * Checks a log against a head hash noted elsewhere: besides the chain itself, its last entry must
   * have exactly this hash. This also shows entries cut off at the end and a log rewritten with
   * fresh hashes, which the chain alone cannot. To check against a head noted earlier, while the
   * log has grown since, pass only the entries up to that head's {@code seq}.
   *
   * @param expectedHeadHash the noted hash; {@link #GENESIS_HASH} for a log that must be empty
   */
  public static AuditVerification verify(Iterable<AuditEntry> entries, String expectedHeadHash) {
    Verifier verifier = verifier();
    entries.forEach(verifier::add);
    return verifier.resultExpectingHead(expectedHeadHash);
  }

  /** A verifier to feed entry by entry, for logs read from a database cursor. */
  public static Verifier verifier() {
    return new Verifier();
  }

  /**
   * Checks entries one by one as they are read, remembering only the previous one. Not thread-safe.
   */
  public static final class Verifier {

    private long count;
    private AuditEntry previous;
    private Break firstBreak;

    private Verifier() {}

    /** Takes the next entry in stored order; after a break it only counts. */
    public void add(AuditEntry entry) {
      count++;
      if (firstBreak == null) {
        firstBreak = check(entry);
      }
      previous = entry;
    }

    private Break check(AuditEntry entry) {
      long expectedSeq = previous == null ? 1 : previous.seq() + 1;
      String expectedPrev = previous == null ? GENESIS_HASH : previous.hash();
      if (entry.seq() > expectedSeq) {
        return new Break(
            expectedSeq,
            Problem.SEQ_GAP,
            expectedSeq == entry.seq() - 1
                ? "entry " + expectedSeq + " is missing (next entry is " + entry.seq() + ")"
                : "entries "
                    + expectedSeq
                    + " to "
                    + (entry.seq() - 1)
                    + " are missing (next entry is "
                    + entry.seq()
                    + ")");
      }
      if (entry.seq() < expectedSeq) {
        return new Break(
            entry.seq(),
            Problem.SEQ_OUT_OF_ORDER,
            "entry "
                + entry.seq()
                + " comes after entry "
                + (expectedSeq - 1)
                + ": entries were moved, duplicated or inserted");
      }
      if (!Objects.equals(entry.prevHash(), expectedPrev)) {
        return new Break(
            entry.seq(),
            Problem.PREV_HASH_MISMATCH,
            "entry "
                + entry.seq()
                + " does not point to "
                + (previous == null ? "the start of the log" : "entry " + previous.seq())
                + ": an entry before it was deleted or replaced, or it was inserted");
      }
      String computed = entry.contentHash();
      if (!computed.equals(entry.hash())) {
        return new Break(
            entry.seq(),
            Problem.HASH_MISMATCH,
            "entry "
                + entry.seq()
                + " was changed after it was written (stored hash "
                + entry.hash()
                + ", its content hashes to "
                + computed
                + ")");
      }
      return null;
    }

    /** The result for the entries added so far. */
    public AuditVerification result() {
      String head = previous == null ? GENESIS_HASH : previous.hash();
      return firstBreak == null
          ? new AuditVerification.Intact(count, head)
          : new AuditVerification.Broken(count, head, firstBreak);
    }

    /** The result, also requiring that the last entry has the hash noted elsewhere. */
    public AuditVerification resultExpectingHead(String expectedHeadHash) {
      AuditVerification chain = result();
      if (!chain.ok() || chain.headHash().equals(expectedHeadHash)) {
        return chain;
      }
      long lastSeq = previous == null ? 0 : previous.seq();
      return new AuditVerification.Broken(
          count,
          chain.headHash(),
          new Break(
              lastSeq,
              Problem.HEAD_MISMATCH,
              "the log ends at entry "
                  + lastSeq
                  + " with hash "
                  + chain.headHash()
                  + ", but the head noted elsewhere is "
                  + expectedHeadHash
                  + ": entries were cut off at the end or the log was rewritten"));
    }

    /**
     * The result, also requiring that the last entry has the number a separate counter says was
     * given out last (0 for an empty log): shows entries cut off at the end, or added by hand, by
     * someone who did not also change the counter.
     */
    public AuditVerification resultExpectingLastSeq(long expectedLastSeq) {
      AuditVerification chain = result();
      long lastSeq = previous == null ? 0 : previous.seq();
      if (!chain.ok() || lastSeq == expectedLastSeq) {
        return chain;
      }
      Break broken =
          lastSeq < expectedLastSeq
              ? new Break(
                  lastSeq + 1,
                  Problem.HEAD_MISMATCH,
                  "the log ends at entry "
                      + lastSeq
                      + " but "
                      + expectedLastSeq
                      + " entries were written: the last "
                      + (expectedLastSeq - lastSeq)
                      + " were deleted")
              : new Break(
                  expectedLastSeq + 1,
                  Problem.HEAD_MISMATCH,
                  "the log goes on to entry "
                      + lastSeq
                      + " but only "
                      + expectedLastSeq
                      + " entries were written: entries were added outside the application");
      return new AuditVerification.Broken(count, chain.headHash(), broken);
    }
  }
}
