package de.buergerkoffer.kit.clerks;

/**
 * A clerk as the kit holds it from the hub's roster.
 *
 * @param username the login name, lower case
 * @param displayName recorded on the cases the clerk captures
 * @param pinHash the PIN's Argon2id hash ({@link de.buergerkoffer.bundle.crypto.PinHash})
 * @param active false once the town hall deactivated the account
 */
public record StoredClerk(String username, String displayName, String pinHash, boolean active) {}
