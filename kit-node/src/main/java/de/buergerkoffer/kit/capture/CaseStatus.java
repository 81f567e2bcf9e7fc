package de.buergerkoffer.kit.capture;

/** Where a captured case stands on its way to the town hall. */
public enum CaseStatus {
  /** Stored on the kit, waiting in the outbox. */
  QUEUED("Wartet auf Übertragung", "Waiting to be sent"),
  /** Sent at least once; no acknowledgement yet. */
  SENT("Gesendet, Bestätigung ausstehend", "Sent, awaiting confirmation"),
  /** The town hall confirmed it holds the case (signed acknowledgement). */
  ACKNOWLEDGED("Im Rathaus eingegangen", "Received by the town hall"),
  /** The town hall refused the bundle; the reason says why. */
  REJECTED("Vom Rathaus abgelehnt", "Refused by the town hall");

  private final String labelDe;
  private final String labelEn;

  CaseStatus(String labelDe, String labelEn) {
    this.labelDe = labelDe;
    this.labelEn = labelEn;
  }

  public String labelDe() {
    return labelDe;
  }

  public String labelEn() {
    return labelEn;
  }
}
