package de.buergerkoffer.hardware.idcard;

/**
 * What the kit can read from which identity document, in German for the ID-card page ("Welches
 * Dokument geht wie?"), so clerks know before they try.
 *
 * <p>Why it exists: the German ID card looks like any chip card but gives its data only to
 * terminals with an authorization certificate or through the online eID function; passports and
 * most foreign ID cards give them offline after BAC/PACE. The texts match {@code docs/hardware.md},
 * section 3.
 */
public enum DocumentSupport {
  PASSPORT(
      "Reisepass (deutsch oder ausländisch)",
      "Chip wird offline gelesen: Ausweisnummer, Geburtsdatum und Ablaufdatum aus der"
          + " maschinenlesbaren Zone eingeben (oder die Zugangsnummer, falls aufgedruckt). Übernommen"
          + " werden Name, Vornamen, Geburtsdatum, Staatsangehörigkeit, Ablaufdatum und Foto; die"
          + " Signatur des Ausstellers wird geprüft. Hat die Behörde ein Terminal-Zertifikat"
          + " eingerichtet, wird bei Pässen mit Chip-Authentisierung auch geprüft, dass der Chip"
          + " echt ist (keine Kopie).",
      true),
  FOREIGN_ID_CARD(
      "Ausländischer Personalausweis mit Chip",
      "Meist wie ein Reisepass offline lesbar. Einzelne Staaten schützen die Daten wie der"
          + " deutsche Personalausweis – dann die Daten von Hand übernehmen.",
      true),
  GERMAN_ID_CARD(
      "Deutscher Personalausweis",
      "Der Chip gibt seine Daten nur über die Online-Ausweisfunktion heraus: AusweisApp, eID-Dienst"
          + " der Gemeinde und die sechsstellige PIN der Person – nur mit Internetverbindung. Sonst"
          + " die maschinenlesbare Zone eintippen oder die Daten von Hand eingeben.",
      false),
  RESIDENCE_PERMIT(
      "Elektronischer Aufenthaltstitel, eID-Karte für Unionsbürger",
      "Wie der deutsche Personalausweis: nur über die Online-Ausweisfunktion, sonst von Hand.",
      false),
  WITHOUT_CHIP(
      "Dokument ohne Chip",
      "Maschinenlesbare Zone eintippen oder einfügen, oder die Daten von Hand eingeben. Die"
          + " Echtheit wird dabei nicht geprüft.",
      true);

  private final String documentDe;
  private final String howDe;
  private final boolean offline;

  DocumentSupport(String documentDe, String howDe, boolean offline) {
    this.documentDe = documentDe;
    this.howDe = howDe;
    this.offline = offline;
  }

  /** The kind of document, e.g. {@code Deutscher Personalausweis}. */
  public String documentDe() {
    return documentDe;
  }

  /** How its data get into the case, and what is checked. */
  public String howDe() {
    return howDe;
  }

  /** True when this works without an internet connection. */
  public boolean worksOffline() {
    return offline;
  }
}
