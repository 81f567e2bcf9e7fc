package de.buergerkoffer.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The clerks who may log into one kit, managed at the town hall and sent down sealed ({@link
 * HubSigned#sealFor}) and retained on {@link Topics#clerks(String)}. A kit replaces its whole
 * roster with a newer one and ignores any roster whose {@code version} is not higher than the one
 * it holds, so a replayed old roster cannot bring back a removed clerk.
 *
 * @param kitId the kit the roster is for; a kit ignores rosters for other kits
 * @param version strictly increasing per kit (the hub uses its clock in milliseconds)
 * @param issuedAt when the hub issued it
 * @param clerks every clerk of this kit; an inactive or missing clerk can no longer log in
 */
public record ClerkRoster(String kitId, long version, Instant issuedAt, List<Clerk> clerks) {

  public ClerkRoster {
    Objects.requireNonNull(kitId, "kitId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    clerks = List.copyOf(clerks);
  }

  /**
   * One clerk.
   *
   * @param username the login name, lower case, unique at the hub
   * @param displayName the name printed on receipts and shown in the inbox
   * @param pinHash the PIN as {@link de.buergerkoffer.bundle.crypto.PinHash} encodes it; never the
   *     PIN itself
   * @param active false once the town hall has disabled the account
   */
  public record Clerk(String username, String displayName, String pinHash, boolean active) {
    public Clerk {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(pinHash, "pinHash");
    }
  }
}
