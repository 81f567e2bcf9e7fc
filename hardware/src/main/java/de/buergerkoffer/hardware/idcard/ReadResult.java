package de.buergerkoffer.hardware.idcard;

import java.util.Objects;

/**
 * The outcome of {@link IdCardReader#read(AccessKey)}: the data, or one of the known reasons why
 * not, each with a German message that tells the clerk how to go on.
 */
public sealed interface ReadResult permits ReadResult.Success, ReadResult.Failure {

  /** The chip answered. */
  record Success(DocumentData data) implements ReadResult {
    public Success {
      Objects.requireNonNull(data, "data");
    }
  }

  /** Something kept the chip from answering; the message says what and how to go on. */
  sealed interface Failure extends ReadResult
      permits WrongAccessKey, CardRemoved, UnsupportedDocument, NotGenuine, NoReader {
    /** Plain German for the clerk, including the way on. */
    String messageDe();
  }

  /** The chip refused the access key (CAN or MRZ data mistyped). */
  record WrongAccessKey(String messageDe) implements Failure {
    public WrongAccessKey() {
      this(
          "Die Zugangsnummer passt nicht zum Ausweis. Bitte die sechsstellige Nummer"
              + " vorne rechts auf dem Ausweis prüfen und erneut eingeben – oder die Daten von"
              + " Hand übernehmen.");
    }
  }

  /** No card on the reader, or it was taken away while reading. */
  record CardRemoved(String messageDe) implements Failure {
    public CardRemoved() {
      this(
          "Kein Ausweis auf dem Lesegerät, oder er wurde beim Lesen bewegt. Bitte den Ausweis"
              + " ruhig auflegen und erneut lesen – oder die Daten von Hand eingeben.");
    }
  }

  /** The card is not an identity document the kit can read (no eMRTD application). */
  record UnsupportedDocument(String messageDe) implements Failure {
    public UnsupportedDocument() {
      this(
          "Dieses Dokument kann nicht ausgelesen werden (kein Ausweis oder Pass mit Chip). Bitte"
              + " die Daten von Hand eingeben.");
    }
  }

  /**
   * The chip answered, but its data failed the authenticity check: data groups changed, the
   * issuer's signature invalid, a signer of no configured state, or a chip that failed chip
   * authentication (a copy). The data must not be used; the clerk checks the document by eye and
   * types the data.
   */
  record NotGenuine(String messageDe) implements Failure {
    public NotGenuine() {
      this(
          "Chip gelesen – ACHTUNG: Die Daten auf dem Chip passen nicht zur Signatur des"
              + " Ausstellers (Daten verändert oder Signatur ungültig). Bitte nicht darauf"
              + " verlassen: das Dokument genau ansehen und die Daten von Hand eingeben.");
    }
  }

  /** No reader is connected, or the reader does not answer. */
  record NoReader(String messageDe) implements Failure {
    public NoReader() {
      this(
          "Kein Ausweisleser angeschlossen. Bitte die Daten vom Ausweis von Hand eingeben; der"
              + " Vorgang geht ohne Lesegerät weiter.");
    }
  }
}
