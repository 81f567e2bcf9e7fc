package de.buergerkoffer.hub.clerks;

import java.time.Instant;
import java.util.List;

/**
 * A clerk account as the hub holds it.
 *
 * @param username the login name, lower case, unique
 * @param displayName the name shown in the inbox and printed on receipts
 * @param pinHash the PIN's Argon2id hash; never the PIN
 * @param active false once deactivated: the clerk can no longer log into any kit
 * @param allKits true when the clerk may use every kit, else only {@code kits}
 * @param kits the kits the clerk may use when {@code allKits} is false
 * @param createdAt when the account was created
 * @param changedAt when it last changed
 */
public record ClerkAccount(
    String username,
    String displayName,
    String pinHash,
    boolean active,
    boolean allKits,
    List<String> kits,
    Instant createdAt,
    Instant changedAt) {

  public ClerkAccount {
    kits = List.copyOf(kits);
  }

  /** Whether the clerk may log into this kit (active or not). */
  public boolean mayUse(String kitId) {
    return allKits || kits.contains(kitId);
  }

  /** The same account without its PIN hash, for the API and pages. */
  public View view() {
    return new View(username, displayName, active, allKits, kits, createdAt, changedAt);
  }

  /** What the admin sees of an account: everything but the PIN hash. */
  public record View(
      String username,
      String displayName,
      boolean active,
      boolean allKits,
      List<String> kits,
      Instant createdAt,
      Instant changedAt) {}
}
