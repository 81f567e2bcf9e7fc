package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.ClerkRoster;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** The clerks who may log into this kit: the newest roster from the hub. */
public interface ClerkDirectory {

  /** The version of the roster held, empty before the first one. */
  OptionalLong version();

  /**
   * Replaces the roster if this one is newer than the one held.
   *
   * @return false when its version is not higher (nothing changed)
   */
  boolean replaceIfNewer(ClerkRoster roster, Instant receivedAt);

  Optional<StoredClerk> find(String username);

  /** How many clerks the roster holds (active or not). */
  int size();
}
