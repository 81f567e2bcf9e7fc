package de.buergerkoffer.forms.document;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The footer of every page, written last because it names the page count. */
final class Footer {

  private Footer() {}

  /** "left text" on the left, "Vorgang N · Seite i von n" on the right of every page. */
  static void number(PDDocument pdf, Fonts fonts, String left, String caseNumber)
      throws IOException {
    int total = pdf.getNumberOfPages();
    int index = 0;
    for (PDPage page : pdf.getPages()) {
      index++;
      String right = "Vorgang " + caseNumber + " · Seite " + index + " von " + total;
      try (PDPageContentStream c =
          new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        float y = 30;
        c.setStrokingColor(0.8f);
        c.setLineWidth(0.5f);
        c.moveTo(36, y + 12);
        c.lineTo(page.getMediaBox().getWidth() - 36, y + 12);
        c.stroke();
        c.beginText();
        c.setNonStrokingColor(PageFlow.GREY);
        c.setFont(fonts.regular, 8);
        c.newLineAtOffset(36, y);
        c.showText(fonts.printable(left));
        c.endText();
        String safe = fonts.printable(right);
        float width = fonts.regular.getStringWidth(safe) / 1000 * 8;
        c.beginText();
        c.setFont(fonts.regular, 8);
        c.newLineAtOffset(page.getMediaBox().getWidth() - 36 - width, y);
        c.showText(safe);
        c.endText();
      }
    }
  }
}
