package de.buergerkoffer.hub.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of town-hall accounts. */
public interface StaffUsers {

  List<StaffUser> all();

  Optional<StaffUser> find(String username);

  /**
   * Adds an account.
   *
   * @return false when the user name is taken
   */
  boolean add(StaffUser user);

  void setPasswordHash(String username, String passwordHash);

  void setRole(String username, StaffRole role);

  void setEnabled(String username, boolean enabled);

  /** Counts a failed login; locks the account until {@code lockUntil} when that is not null. */
  void failedLogin(String username, Instant lockUntil);

  /** Clears failures and lockout. */
  void unlock(String username);

  /** Notes a successful interactive login and clears failures. */
  void loggedIn(String username, Instant at);

  /** How many accounts have the role and are enabled. */
  int countEnabled(StaffRole role);
}
