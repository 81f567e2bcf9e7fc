package de.buergerkoffer.hub.users;

import java.time.Instant;

/**
 * A town-hall account as stored.
 *
 * @param username the login name, lower case
 * @param displayName shown in the header and in case histories
 * @param passwordHash Spring Security's {@code {id}hash} string, never shown
 * @param failedAttempts failed logins since the last successful one
 * @param lockedUntil logins are refused until then after too many failures, or null
 * @param lastLoginAt the last successful form login, or null
 */
public record StaffUser(
    String username,
    String displayName,
    String passwordHash,
    StaffRole role,
    boolean enabled,
    int failedAttempts,
    Instant lockedUntil,
    Instant createdAt,
    Instant lastLoginAt) {

  /** Whether a lockout is in force at {@code now}. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
