package de.buergerkoffer.hardware.idcard;

import java.util.Objects;

/**
 * How far the kit checked that document data are genuine, kept with the case so the town hall knows
 * what it may rely on.
 *
 * <p>Only chip data can be checked: the issuer signs the data groups (document security object,
 * "passive authentication"). {@link Level#ISSUER_VERIFIED} means signature, hashes and the
 * certificate chain up to a configured country signing certificate (CSCA) all hold; {@link
 * Level#SIGNATURE_ONLY} means the data are unchanged since signing, but the signer was not traced
 * back to a state because no CSCA certificates are configured; {@link Level#NOT_CHECKED} is for
 * data from the MRZ or typed by hand. Chip data whose hashes or signature do not match never reach
 * a {@link DocumentData}: the reader refuses them.
 *
 * @param level what was checked
 * @param messageDe plain German for the clerk, e.g. {@code Echtheit geprüft}
 */
public record Authenticity(Level level, String messageDe) {

  /** What was checked, from most to least. */
  public enum Level {
    ISSUER_VERIFIED,
    SIGNATURE_ONLY,
    NOT_CHECKED
  }

  public Authenticity {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(messageDe, "messageDe");
  }

  /** Signature, data-group hashes and certificate chain to a configured CSCA hold. */
  public static Authenticity issuerVerified(String issuer) {
    return new Authenticity(
        Level.ISSUER_VERIFIED,
        "Echtheit geprüft (Signatur des Ausstellers und Zertifikatskette bis " + issuer + ").");
  }

  /** Signature and hashes hold, but no CSCA certificates are configured to check the signer. */
  public static Authenticity signatureOnly() {
    return new Authenticity(
        Level.SIGNATURE_ONLY,
        "Chipdaten unverändert (Signatur stimmt); Echtheit nicht geprüft (keine"
            + " CSCA-Zertifikate eingerichtet).");
  }

  /** Nothing could be checked: the data did not come from a chip. */
  public static Authenticity notChecked() {
    return new Authenticity(
        Level.NOT_CHECKED, "Echtheit nicht geprüft (Daten nicht vom Chip gelesen).");
  }
}
