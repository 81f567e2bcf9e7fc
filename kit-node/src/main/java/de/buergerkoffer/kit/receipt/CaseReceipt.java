package de.buergerkoffer.kit.receipt;

import de.buergerkoffer.forms.document.Receipt;
import de.buergerkoffer.forms.document.ReceiptPdf;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The receipt of one captured case, ready for either printer: {@link #forPrinter()} for the receipt
 * printer (hardware port {@code ReceiptPrinter}), {@link #pdf()} as an A4 PDF/A for an ordinary
 * printer or to hand over later.
 *
 * @param content what the receipt says, with the seal signed by this kit
 */
public record CaseReceipt(Receipt content) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");

  public CaseReceipt {
    Objects.requireNonNull(content, "content");
  }

  /** The case number printed on it. */
  public String caseNumber() {
    return content.caseNumber();
  }

  /** The text of the QR code: the signed seal ({@code BK1:…}) the town hall can check. */
  public String sealText() {
    return content.qrText();
  }

  /** The receipt for the receipt printer (80 mm or 58 mm; the adapter wraps the lines). */
  public de.buergerkoffer.hardware.printer.Receipt forPrinter() {
    var b = de.buergerkoffer.hardware.printer.Receipt.builder();
    b.title(content.municipality().name());
    content.municipality().lines().forEach(b::text);
    b.separator();
    b.title("Empfangsbestätigung");
    b.field("Vorgangsnummer", content.caseNumber());
    b.field("Leistung", content.serviceDe());
    b.field("Datum", WHEN.format(content.capturedAt()));
    b.field("Ort", content.place());
    b.field("Aufgenommen von", content.clerk());
    if (!content.handedInDe().isEmpty()) {
      b.text("Eingereicht:");
      content.handedInDe().forEach(item -> b.bold("- " + item));
    }
    b.separator();
    b.bold("Wie geht es weiter?");
    b.text(content.nextStepsDe());
    b.separator();
    b.qr(content.qrText());
    b.text("Echtheit prüfbar: Das Rathaus scannt diesen Code.");
    b.text("Bitte bewahren Sie diesen Beleg auf. Er bestätigt den Eingang, er ist kein Bescheid.");
    return b.build();
  }

  /** The receipt as a one-page A4 PDF/A-2u. */
  public byte[] pdf() {
    return new ReceiptPdf().render(content);
  }
}
