package de.buergerkoffer.hub.clerks;

import java.util.List;
import java.util.Optional;

/** Where the hub keeps clerk accounts. */
public interface ClerkStore {

  List<ClerkAccount> all();

  Optional<ClerkAccount> find(String username);

  /** Inserts a new account; false when the user name is taken. */
  boolean insert(ClerkAccount account);

  /** Replaces an existing account (all fields but the user name and creation time). */
  void update(ClerkAccount account);

  /**
   * The next roster version for a kit: at least {@code atLeast} and higher than any before.
   * Remembered, so versions only go up.
   */
  long nextRosterVersion(String kitId, long atLeast);
}
