package de.buergerkoffer.hub.quarantine;

import java.time.Instant;

/**
 * A quarantined bundle with its number and where its review stands.
 *
 * @param id the hub's number for it (for pages, downloads and the audit log)
 * @param bundle what was received, without its raw bytes
 * @param state open until an admin released or rejected it
 * @param resolvedAt when it was released or rejected, or null
 * @param resolvedBy who released or rejected it, or null
 * @param resolution the admin's note on a rejection, or what a release stored; may be null
 */
public record QuarantineEntry(
    long id,
    QuarantinedBundle bundle,
    State state,
    Instant resolvedAt,
    String resolvedBy,
    String resolution) {

  /** Where the review of a quarantined bundle stands. */
  public enum State {
    /** Waiting for an admin. */
    OPEN,
    /** Ingested again after the cause was fixed, and stored. */
    RELEASED,
    /** Refused for good; kept for the audit. */
    REJECTED
  }

  public boolean open() {
    return state == State.OPEN;
  }
}
