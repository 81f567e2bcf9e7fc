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
 * <p>Passive authentication cannot tell a genuine chip from a copy that carries the same signed
 * data. Extended access control can: {@link #chip()} says whether the chip proved it holds the
 * issuer-signed key (chip authentication) and whether it accepted the kit as an authority terminal
 * (terminal authentication). A chip that fails chip authentication never reaches a {@link
 * DocumentData} either.
 *
 * @param level what passive authentication checked
 * @param chip what extended access control showed about the chip
 * @param messageDe plain German for the clerk, e.g. {@code Echtheit geprüft}
 */
public record Authenticity(Level level, ChipCheck chip, String messageDe) {

  /** What was checked, from most to least. */
  public enum Level {
    ISSUER_VERIFIED,
    SIGNATURE_ONLY,
    NOT_CHECKED
  }

  /** What extended access control (chip and terminal authentication) showed. */
  public enum ChipCheck {
    /** Chip and terminal authentication passed: the chip is genuine and let the kit in. */
    CHIP_AND_TERMINAL_AUTHENTICATED,
    /**
     * Chip authentication passed (the chip is genuine), terminal authentication did not: the
     * certificate was refused, expired or not meant for this document; the message says which.
     */
    CHIP_AUTHENTICATED,
    /** The chip offers no chip authentication (no DG14): a copied chip would not be noticed. */
    NOT_OFFERED,
    /** Not tried: no terminal certificate configured, or the data did not come from a chip. */
    NOT_ATTEMPTED
  }

  public Authenticity {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(chip, "chip");
    Objects.requireNonNull(messageDe, "messageDe");
  }

  /** Without extended access control. */
  public Authenticity(Level level, String messageDe) {
    this(level, ChipCheck.NOT_ATTEMPTED, messageDe);
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

  /** Whether chip authentication proved the chip genuine (not a copy). */
  public boolean chipGenuine() {
    return chip == ChipCheck.CHIP_AND_TERMINAL_AUTHENTICATED
        || chip == ChipCheck.CHIP_AUTHENTICATED;
  }

  /** This result plus chip and terminal authentication passed. */
  public Authenticity withChipAndTerminalAuthenticated() {
    return new Authenticity(
        level,
        ChipCheck.CHIP_AND_TERMINAL_AUTHENTICATED,
        messageDe
            + " Chip echt (Chip-Authentisierung bestanden, keine Kopie); Lesegerät als"
            + " Behördenterminal anerkannt (Terminal-Authentisierung).");
  }

  /**
   * This result plus chip authentication passed, but terminal authentication not.
   *
   * @param whyDe why the terminal was not authenticated, plain German
   */
  public Authenticity withChipAuthenticatedOnly(String whyDe) {
    return new Authenticity(
        level,
        ChipCheck.CHIP_AUTHENTICATED,
        messageDe
            + " Chip echt (Chip-Authentisierung bestanden, keine Kopie); Terminal-Authentisierung"
            + " nicht erfolgt: "
            + whyDe);
  }

  /** This result for a chip without chip authentication. */
  public Authenticity withChipAuthenticationNotOffered() {
    return new Authenticity(
        level,
        ChipCheck.NOT_OFFERED,
        messageDe
            + " Chip-Authentisierung nicht angeboten (Chip ohne DG14): ob der Chip eine Kopie ist,"
            + " ist nicht geprüft.");
  }
}
