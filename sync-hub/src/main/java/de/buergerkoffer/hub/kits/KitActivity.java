package de.buergerkoffer.hub.kits;

import java.time.Instant;
import java.util.Map;

/** What the hub holds per kit beyond the registry: a read model for the admin's kits page. */
public interface KitActivity {

  /** Bytes of incomplete transfers in the hub's chunk store, per kit id. */
  Map<String, Long> pendingBytes();

  /** Stored cases per kit id. */
  Map<String, Integer> casesReceived();

  /** End of validity of each kit's current certificate. */
  Map<String, Instant> certificateExpiry();
}
