package de.buergerkoffer.hardware.signature;

/** Why a signature was not accepted, each with the German request to the citizen. */
public enum RejectReason {
  EMPTY("Es ist noch keine Unterschrift da. Bitte im Feld unterschreiben."),
  TOO_FEW_POINTS(
      "Das ist zu wenig für eine Unterschrift. Bitte mit dem vollständigen Namenszug"
          + " unterschreiben."),
  TOO_SHORT("Die Unterschrift ist zu kurz. Bitte mit dem vollständigen Namenszug unterschreiben."),
  TOO_SMALL("Die Unterschrift ist zu klein oder nur ein Strich. Bitte größer unterschreiben."),
  INVALID_DATA(
      "Die Unterschrift ist nicht vollständig angekommen. Bitte das Feld leeren und erneut"
          + " unterschreiben.");

  private final String messageDe;

  RejectReason(String messageDe) {
    this.messageDe = messageDe;
  }

  /** What to tell the citizen. */
  public String messageDe() {
    return messageDe;
  }
}
