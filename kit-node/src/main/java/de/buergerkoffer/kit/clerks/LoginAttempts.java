package de.buergerkoffer.kit.clerks;

import java.time.Instant;
import java.util.Optional;

/** Wrong PINs per user name and lockouts, kept across restarts. */
public interface LoginAttempts {

  /**
   * The state for a user name.
   *
   * @param failures wrong PINs since the last success or lockout
   * @param lockedUntil until when the name is locked, or null
   */
  record State(int failures, Instant lockedUntil) {}

  Optional<State> state(String username);

  void save(String username, State state);

  /** After a successful login: the count starts again. */
  void clear(String username);
}
