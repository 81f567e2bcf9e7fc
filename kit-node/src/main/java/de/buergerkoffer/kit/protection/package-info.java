/**
 * Protection of personal data on the kit: encryption at rest and retention.
 *
 * <ul>
 *   <li>{@link de.buergerkoffer.kit.protection.DataKeyUnlock} unlocks the data key from {@code
 *       keys/data-key.json} at start-up (creates it on the first start) with the data passphrase.
 *   <li>{@link de.buergerkoffer.kit.protection.DataProtection} encrypts and decrypts the {@link
 *       de.buergerkoffer.kit.protection.ProtectedColumn}s; the JDBC adapters call it, domain code
 *       never sees ciphertext.
 *   <li>{@link de.buergerkoffer.kit.protection.Retention} deletes a case's personal data once the
 *       hub has acknowledged it longer than {@code bk.kit.retention} ago.
 * </ul>
 *
 * The cipher itself lives in {@code de.buergerkoffer.bundle.crypto}. See {@code docs/security.md}.
 */
package de.buergerkoffer.kit.protection;
