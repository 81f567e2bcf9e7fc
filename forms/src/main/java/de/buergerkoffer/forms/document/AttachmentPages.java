package de.buergerkoffer.forms.document;

import de.buergerkoffer.forms.AttachmentKind;
import de.buergerkoffer.forms.AttachmentRequirement;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Appends an attachment's scanned pages to a case document, one A4 page each, with a caption line
 * naming attachment, page and case. Each page is decoded, compressed ({@link ScanImages}) and
 * released before the next one is read.
 */
final class AttachmentPages {

  private AttachmentPages() {}

  static void append(PDDocument pdf, Fonts fonts, CaseDocument doc, CaseAttachment attachment)
      throws IOException {
    AttachmentRequirement requirement =
        doc.form().attachment(attachment.requirementId()).orElse(null);
    String label = requirement == null ? attachment.requirementId() : requirement.labelDe();
    boolean photo = requirement != null && requirement.kind() == AttachmentKind.PHOTO;
    int n = attachment.pages().size();
    for (int i = 0; i < n; i++) {
      ScanPage page = attachment.pages().get(i);
      BufferedImage pixels = page.image();
      float naturalW = pixels.getWidth() * 72f / page.dpi();
      float naturalH = pixels.getHeight() * 72f / page.dpi();
      PDImageXObject image =
          photo
              ? ScanImages.photo(pdf, pixels)
              : ScanImages.documentScan(pdf, pixels, page.dpi(), page instanceof ScanPage.File);
      pixels = null; // let the decoded page go before the next one is read
      PDPage pdfPage = new PDPage(PageFlow.A4);
      pdf.addPage(pdfPage);
      try (PDPageContentStream c = new PDPageContentStream(pdf, pdfPage)) {
        float top = PageFlow.A4.getHeight() - 30;
        c.beginText();
        c.setNonStrokingColor(PageFlow.GREY);
        c.setFont(fonts.bold, 9);
        c.newLineAtOffset(36, top - 9);
        c.showText(
            fonts.printable(
                "Anlage: "
                    + label
                    + " – Seite "
                    + (i + 1)
                    + " von "
                    + n
                    + " – Vorgang "
                    + doc.caseNumber()));
        c.endText();
        float areaTop = top - 16;
        float areaW = PageFlow.A4.getWidth() - 72;
        float areaH = areaTop - 48;
        float scale = Math.min(1f, Math.min(areaW / naturalW, areaH / naturalH));
        float w = naturalW * scale;
        float h = naturalH * scale;
        c.drawImage(image, (PageFlow.A4.getWidth() - w) / 2, areaTop - h, w, h);
      }
    }
  }
}
