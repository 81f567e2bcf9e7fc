package de.buergerkoffer.bundle;

import java.util.Objects;

/**
 * How the kit established the resident's identity for a case: where the holder's data came from and
 * what was checked about them. Travels with the case (bundle format 1.1, optional) so the town hall
 * knows what it may rely on; it carries no personal data – no photo, no document number, no names.
 *
 * @param source where the data came from
 * @param outcome what was checked
 * @param chip what extended access control showed about the chip; {@link ChipCheck#NOT_ATTEMPTED}
 *     unless a chip was read with terminal credentials
 */
public record IdentityCheck(Source source, Outcome outcome, ChipCheck chip) {

  /** Where the holder's data came from. */
  public enum Source {
    /** Read from the document's chip (ICAO 9303). */
    CHIP,
    /** The online eID function, through the town's eID service. */
    EID,
    /** The machine-readable zone, typed or pasted, check digits verified. */
    MRZ,
    /** Typed by the clerk from the document, check digits verified. */
    MANUAL
  }

  /** What was checked about the data. */
  public enum Outcome {
    /** Chip: signature, hashes and chain to the issuing state's CSCA; eID: the eID server. */
    ISSUER_VERIFIED,
    /** Chip data unchanged since signing; the signer was not traced to a state (no CSCA). */
    SIGNATURE_ONLY,
    /** Read from a chip without any check (e.g. the simulated reader). */
    NOT_CHECKED,
    /** Typed by hand or from the MRZ after the clerk looked at the document. */
    VISUAL_CHECK,
    /** Typed after a visual check, because the chip's data failed the authenticity check. */
    VISUAL_CHECK_CHIP_REFUSED
  }

  /** What chip and terminal authentication (extended access control) showed. */
  public enum ChipCheck {
    CHIP_AND_TERMINAL_AUTHENTICATED,
    CHIP_AUTHENTICATED,
    NOT_OFFERED,
    NOT_ATTEMPTED
  }

  public IdentityCheck {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outcome, "outcome");
    chip = chip == null ? ChipCheck.NOT_ATTEMPTED : chip;
  }

  /** Whether the town hall may rely on the data as checked by machine, not only by eye. */
  public boolean verifiedByMachine() {
    return outcome == Outcome.ISSUER_VERIFIED || outcome == Outcome.SIGNATURE_ONLY;
  }

  /** Plain German for the clerk, the case page and the document. */
  public String describeDe() {
    String base =
        switch (outcome) {
          case ISSUER_VERIFIED ->
              source == Source.EID
                  ? "Online-Ausweisfunktion (eID) – vom eID-Dienst der Gemeinde bestätigt"
                  : "Chip gelesen – Daten unverändert, Dokument echt (Zertifikat des"
                      + " Ausstellerstaats geprüft)";
          case SIGNATURE_ONLY ->
              "Chip gelesen – Daten unverändert, Echtheit nicht geprüft (keine CSCA-Zertifikate"
                  + " eingerichtet)";
          case NOT_CHECKED -> "Chip gelesen – Echtheit nicht geprüft";
          case VISUAL_CHECK ->
              source == Source.MRZ
                  ? "Maschinenlesbare Zone übernommen nach Sichtprüfung des Ausweises"
                  : "Von Hand eingegeben nach Sichtprüfung des Ausweises";
          case VISUAL_CHECK_CHIP_REFUSED ->
              "Von Hand eingegeben nach Sichtprüfung – der Chip wurde abgelehnt (Daten verändert,"
                  + " Signatur ungültig oder Kopie)";
        };
    return base
        + switch (chip) {
          case CHIP_AND_TERMINAL_AUTHENTICATED ->
              "; Chip echt (Chip- und Terminal-Authentisierung)";
          case CHIP_AUTHENTICATED -> "; Chip echt (Chip-Authentisierung)";
          case NOT_OFFERED -> "; Chip-Authentisierung nicht angeboten";
          case NOT_ATTEMPTED -> "";
        };
  }

  /** The same in English. */
  public String describeEn() {
    String base =
        switch (outcome) {
          case ISSUER_VERIFIED ->
              source == Source.EID
                  ? "Online eID function – confirmed by the town's eID service"
                  : "Chip read – data unchanged, document genuine (issuing state's certificate"
                      + " checked)";
          case SIGNATURE_ONLY ->
              "Chip read – data unchanged, authenticity not checked (no CSCA certificates set up)";
          case NOT_CHECKED -> "Chip read – authenticity not checked";
          case VISUAL_CHECK ->
              source == Source.MRZ
                  ? "Machine-readable zone taken after checking the document by eye"
                  : "Typed by hand after checking the document by eye";
          case VISUAL_CHECK_CHIP_REFUSED ->
              "Typed by hand after checking the document by eye – the chip was refused (data"
                  + " changed, signature invalid or a copy)";
        };
    return base
        + switch (chip) {
          case CHIP_AND_TERMINAL_AUTHENTICATED ->
              "; chip genuine (chip and terminal authentication)";
          case CHIP_AUTHENTICATED -> "; chip genuine (chip authentication)";
          case NOT_OFFERED -> "; chip authentication not offered";
          case NOT_ATTEMPTED -> "";
        };
  }
}
