package de.buergerkoffer.forms.document;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The receipt as a one-page A4 PDF/A-2u for an ordinary printer (when the kit has no receipt
 * printer, or the resident wants it by e-mail later): same content as {@link ThermalReceipt}, with
 * the English next steps added. About 20 KB.
 */
public final class ReceiptPdf {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");
  private static final float QR_SIZE = 110;

  /** The receipt as PDF bytes. */
  public byte[] render(Receipt r) {
    try (PDDocument pdf = new PDDocument()) {
      Fonts f = Fonts.embed(pdf);
      PdfA.declare(
          pdf,
          PdfA.Part.TWO,
          new PdfA.Identity(
              "Empfangsbestätigung – Vorgang " + r.caseNumber(),
              r.municipality().name(),
              r.serviceDe(),
              r.capturedAt()));
      try (PageFlow flow = new PageFlow(pdf, f, (c, top) -> top)) {
        float top = flow.y();
        flow.write(r.municipality().name(), f.bold, 14, PageFlow.LEFT, top - 14, 0f);
        float y = top - 14;
        for (String line : r.municipality().lines()) {
          y -= 12;
          flow.write(line, f.regular, 9, PageFlow.LEFT, y, PageFlow.GREY);
        }
        flow.down(top - y + 12);
        flow.rule(0.6f, 0.8f);
        flow.down(10);
        flow.paragraph("Empfangsbestätigung", f.bold, 18, PageFlow.LEFT, 0f);
        flow.paragraph("Receipt", f.regular, 10, PageFlow.LEFT, PageFlow.GREY);
        flow.down(10);
        flow.paragraph("Vorgangsnummer / case number", f.regular, 9, PageFlow.LEFT, PageFlow.GREY);
        flow.paragraph(r.caseNumber(), f.bold, 20, PageFlow.LEFT, 0f);
        flow.down(10);
        flow.labelled("Leistung", r.serviceDe() + "\n" + r.serviceEn(), 130, 11);
        flow.labelled("Datum", WHEN.format(r.capturedAt()), 130, 11);
        flow.labelled("Ort", r.place(), 130, 11);
        flow.labelled("Aufgenommen von", r.clerk(), 130, 11);
        if (!r.handedInDe().isEmpty()) {
          flow.labelled("Eingereicht", String.join("\n", r.handedInDe()), 130, 11);
        }
        flow.down(10);
        flow.paragraph("Wie geht es weiter?", f.bold, 12, PageFlow.LEFT, 0f);
        flow.paragraph(r.nextStepsDe(), f.regular, 10.5f, PageFlow.LEFT, 0f);
        flow.down(4);
        flow.paragraph(r.nextStepsEn(), f.regular, 9, PageFlow.LEFT, PageFlow.GREY);
        flow.down(18);
        flow.keep(QR_SIZE + 20);
        float qrTop = flow.y();
        BitMatrix code = QrCodes.encode(r.qrText());
        QrCodes.draw(flow.content(), code, PageFlow.LEFT, qrTop - QR_SIZE, QR_SIZE);
        float x = PageFlow.LEFT + QR_SIZE + 20;
        float ty = qrTop - 12;
        flow.write("Echtheit prüfen", f.bold, 11, x, ty, 0f);
        String[] explanation = {
          "Der Code enthält Vorgangsnummer, Datum und einen",
          "Fingerabdruck Ihrer Angaben, signiert vom Bürgerkoffer.",
          "Das Rathaus kann damit prüfen, ob dieser Beleg echt ist.",
          "The code is signed by the kit; the town hall can scan it",
          "to check that this receipt is genuine."
        };
        for (int i = 0; i < explanation.length; i++) {
          ty -= 14;
          flow.write(explanation[i], f.regular, 9, x, ty, i < 3 ? 0f : PageFlow.GREY);
        }
        flow.down(QR_SIZE + 16);
        flow.paragraph(
            "Bitte bewahren Sie diesen Beleg auf. Er bestätigt den Eingang Ihres Antrags; er ist"
                + " kein Bescheid.",
            f.regular,
            9,
            PageFlow.LEFT,
            0f);
      }
      Footer.number(pdf, f, r.municipality().name() + " · Empfangsbestätigung", r.caseNumber());
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render receipt " + r.caseNumber(), e);
    }
  }
}
