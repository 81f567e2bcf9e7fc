package de.buergerkoffer.hardware;

/**
 * The kinds of device the kit knows, with the name the clerk sees on the device page.
 *
 * <p>Closed on purpose: a new kind of device is a new port and needs a new entry here.
 */
public enum DeviceKind {
  ID_CARD_READER("Ausweisleser"),
  SCANNER("Scanner"),
  RECEIPT_PRINTER("Belegdrucker"),
  SIGNATURE_PAD("Unterschriftenfeld"),
  STATUS_PANEL("Statusanzeige");

  private final String displayNameDe;

  DeviceKind(String displayNameDe) {
    this.displayNameDe = displayNameDe;
  }

  /** The German name shown to the clerk, e.g. {@code Belegdrucker}. */
  public String displayNameDe() {
    return displayNameDe;
  }
}
