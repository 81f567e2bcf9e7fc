package de.buergerkoffer.kit.capture;

import java.util.Objects;

/**
 * The logged-in clerk who captures a case.
 *
 * @param username the login name, the actor in the audit log
 * @param displayName recorded on the case and sent to the town hall with it
 */
public record Clerk(String username, String displayName) {
  public Clerk {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
  }
}
