package de.buergerkoffer.hub.quarantine;

import de.buergerkoffer.bundle.RejectReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where rejected bundles go. Nothing the hub receives is dropped: a bundle it cannot accept is kept
 * here with its raw bytes and the reason, for an admin to inspect, release or reject. Entries are
 * never deleted: a released or rejected one stays for the audit.
 */
public interface Quarantine {

  /** Keeps the bundle; must not fail silently (throws when it cannot store). */
  void hold(QuarantinedBundle bundle);

  /** The newest quarantined bundles first, without their raw bytes. */
  List<QuarantinedBundle> recent(int limit);

  /** The newest entries in this state first, without raw bytes. */
  List<QuarantineEntry> entries(QuarantineEntry.State state, int limit);

  /** One entry, without raw bytes. */
  Optional<QuarantineEntry> find(long id);

  /** The bytes of an entry as they were received. */
  Optional<byte[]> raw(long id);

  /** How many entries wait for an admin. */
  int countOpen();

  /**
   * Closes an open entry as released or rejected.
   *
   * @return false when the entry does not exist or is no longer open
   */
  boolean resolve(long id, QuarantineEntry.State state, Instant at, String by, String resolution);

  /** An open entry that was tried again and still fails keeps the new reason. */
  void updateReason(long id, RejectReason reason, String detail);
}
