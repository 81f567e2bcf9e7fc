package de.buergerkoffer.bundle.audit;

import java.time.Instant;

/**
 * One line of an audit log, as stored. The record holds whatever was read, even a damaged entry, so
 * that {@link AuditChain#verify} can judge it; new entries are made with {@link AuditChain#append}.
 *
 * @param seq running number, 1 for the first entry, one more for each next
 * @param at when it happened (the appending side's clock)
 * @param actor who did it: a kit id, a clerk's name, {@code hub}, {@code admin} or {@code system};
 *     never a resident
 * @param action what was done, usually an {@link AuditAction} name
 * @param subject what it was done to: a case number, a bundle id, a kit id; never a resident's name
 * @param detail short technical detail, may be empty; never a resident's personal data
 * @param prevHash the {@code hash} of the entry before, or {@link AuditChain#GENESIS_HASH}
 * @param hash SHA-256 (lower-case hex) over all fields above, see {@link AuditChain#hashOf}
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String action,
    String subject,
    String detail,
    String prevHash,
    String hash) {

  /** The hash this entry's content yields; equals {@link #hash()} unless it was changed. */
  public String contentHash() {
    return AuditChain.hashOf(seq, at, actor, action, subject, detail, prevHash);
  }
}
