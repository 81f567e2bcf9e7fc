package de.buergerkoffer.hub.quarantine;

import java.util.List;

/**
 * Where rejected bundles go. Nothing the hub receives is dropped: a bundle it cannot accept is kept
 * here with its raw bytes and the reason, for an admin to inspect.
 */
public interface Quarantine {

  /** Keeps the bundle; must not fail silently (throws when it cannot store). */
  void hold(QuarantinedBundle bundle);

  /** The newest quarantined bundles first, without their raw bytes. */
  List<QuarantinedBundle> recent(int limit);
}
