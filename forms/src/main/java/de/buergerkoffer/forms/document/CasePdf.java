package de.buergerkoffer.forms.document;

import com.google.zxing.common.BitMatrix;
import de.buergerkoffer.forms.AttachmentKind;
import de.buergerkoffer.forms.AttachmentRequirement;
import de.buergerkoffer.forms.CaseSummary;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.SignatureRequirement;
import de.buergerkoffer.forms.seal.CaseHash;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.forms.seal.ReceiptSigner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a case to its archival document: PDF/A-3u with the municipality's header, every value,
 * attachments list, declaration and resident's signature, clerk, place and date, case number and a
 * QR code with case number, date and data fingerprint ({@link CaseSeal}); the scanned attachments
 * follow as pages, and the case data is embedded as {@code case.json}.
 *
 * <p>Thread-safe: every call builds its own PDF. Memory stays small: scans are compressed one by
 * one as they are added.
 */
public final class CasePdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final float LABEL_WIDTH = 185;
  private static final float QR_SIZE = 84;

  private final ReceiptSigner sealSigner;

  /** A renderer whose QR code carries an unsigned seal. */
  public CasePdf() {
    this(null);
  }

  /** A renderer whose QR code carries a seal signed by {@code sealSigner} (null: unsigned). */
  public CasePdf(ReceiptSigner sealSigner) {
    this.sealSigner = sealSigner;
  }

  /** The document as PDF bytes. */
  public byte[] render(CaseDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    render(doc, out);
    return out.toByteArray();
  }

  /** Writes the document to {@code out}. */
  public void render(CaseDocument doc, OutputStream out) {
    try (PDDocument pdf = new PDDocument()) {
      Fonts fonts = Fonts.embed(pdf);
      FormDefinition form = doc.form();
      PdfA.declare(
          pdf,
          PdfA.Part.THREE,
          new PdfA.Identity(
              form.titleDe() + " – Vorgang " + doc.caseNumber(),
              doc.municipality().name(),
              "Vorgang " + doc.caseNumber() + ", " + form.id() + " v" + form.version(),
              doc.localTime()));
      try (PageFlow flow =
          new PageFlow(pdf, fonts, (c, top) -> runningHeader(c, fonts, doc, top))) {
        firstPageHeader(pdf, flow, doc);
        values(flow, doc);
        attachmentList(flow, doc);
        signatureBlock(pdf, flow, doc);
        sealBlock(flow, doc);
      }
      for (CaseAttachment attachment : doc.attachments()) {
        AttachmentPages.append(pdf, fonts, doc, attachment);
      }
      Footer.number(
          pdf, fonts, doc.municipality().name() + " · " + form.titleDe(), doc.caseNumber());
      PdfA.attach(
          pdf,
          CaseJson.FILE_NAME,
          "application/json",
          CaseJson.of(doc),
          "Falldaten (maschinenlesbar) / case data",
          PdfA.calendar(doc.localTime()));
      pdf.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render case " + doc.caseNumber(), e);
    }
  }

  /**
   * Loads and initialises everything rendering needs (PDFBox, fonts, image codecs, QR encoder) and
   * lets the JIT compile the image loops, by rendering a small throw-away document twice (about
   * half a second of CPU, 10 MB of short-lived heap). The first case after a JVM start is otherwise
   * slow (see {@code docs/benchmarks.md}); the kit calls this once, in the background, when it
   * starts.
   */
  public static void warmUp() {
    try {
      BufferedImage page = new BufferedImage(1000, 1400, BufferedImage.TYPE_BYTE_GRAY);
      java.util.Random noise = new java.util.Random(1);
      for (int y = 0; y < page.getHeight(); y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          page.getRaster().setSample(x, y, 0, 200 + noise.nextInt(40));
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(page, "png", png);
      FormDefinition form = de.buergerkoffer.forms.FormCatalog.builtIn().current().get(0);
      for (int round = 0; round < 2; round++) {
        new CasePdf()
            .render(
                new CaseDocument(
                    form,
                    "WARMUP-000000-0",
                    java.util.Map.of(),
                    java.time.Instant.now(),
                    "-",
                    "-",
                    Municipality.of("-"),
                    page,
                    List.of(
                        new CaseAttachment(
                            "warmUp", List.of(ScanPage.ofFile(png.toByteArray(), 200))))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seal the document's QR code carries. */
  public CaseSeal seal(CaseDocument doc) {
    return sealSigner == null
        ? CaseSeal.unsigned(doc.caseNumber(), doc.captureDay(), doc.dataHash())
        : CaseSeal.signed(doc.caseNumber(), doc.captureDay(), doc.dataHash(), sealSigner);
  }

  private static void firstPageHeader(PDDocument pdf, PageFlow flow, CaseDocument doc)
      throws IOException {
    Fonts f = flow.fonts;
    float top = flow.y();
    float textX = PageFlow.LEFT;
    Municipality m = doc.municipality();
    if (m.logoPng() != null) {
      BufferedImage logo = ImageIO.read(new ByteArrayInputStream(m.logoPng()));
      if (logo != null) {
        PDImageXObject image = ScanImages.lossless(pdf, logo, true);
        float h = 54;
        float w = h * logo.getWidth() / logo.getHeight();
        flow.content().drawImage(image, PageFlow.LEFT, top - h, w, h);
        textX += w + 12;
      }
    }
    flow.write(m.name(), f.bold, 14, textX, top - 14, 0f);
    float lineY = top - 14;
    for (String line : m.lines()) {
      lineY -= 12;
      flow.write(line, f.regular, 9, textX, lineY, PageFlow.GREY);
    }
    float rightX = PageFlow.RIGHT - 150;
    flow.write("Vorgangsnummer", f.regular, 8, rightX, top - 8, PageFlow.GREY);
    flow.write(doc.caseNumber(), f.bold, 13, rightX, top - 24, 0f);
    flow.write(DATE.format(doc.localTime()), f.regular, 9, rightX, top - 38, PageFlow.GREY);
    flow.down(Math.max(top - lineY, 60) + 10);
    flow.rule(0.6f, 0.8f);
    flow.down(8);
    FormDefinition form = doc.form();
    flow.paragraph(form.titleDe(), f.bold, 16, PageFlow.LEFT, 0f);
    flow.paragraph(form.titleEn(), f.regular, 9, PageFlow.LEFT, PageFlow.GREY);
    flow.down(4);
    flow.paragraph(
        "Aufgenommen am "
            + DATE.format(doc.localTime())
            + " um "
            + TIME.format(doc.localTime())
            + " Uhr in "
            + doc.place()
            + " von "
            + doc.clerk()
            + " (Bürgerkoffer, mobiler Bürgerservice).",
        f.regular,
        9,
        PageFlow.LEFT,
        0f);
    if (form.legalBasis() != null) {
      flow.paragraph("Rechtsgrundlage: " + form.legalBasis(), f.regular, 9, PageFlow.LEFT, 0f);
    }
    flow.down(6);
  }

  private static float runningHeader(
      PDPageContentStream content, Fonts fonts, CaseDocument doc, float top) throws IOException {
    content.beginText();
    content.setNonStrokingColor(PageFlow.GREY);
    content.setFont(fonts.regular, 8);
    content.newLineAtOffset(PageFlow.LEFT, top - 8);
    content.showText(
        fonts.printable(
            doc.municipality().name()
                + " · "
                + doc.form().titleDe()
                + " · Vorgang "
                + doc.caseNumber()
                + " (Fortsetzung)"));
    content.endText();
    return top - 22;
  }

  private static void values(PageFlow flow, CaseDocument doc) throws IOException {
    Fonts f = flow.fonts;
    for (CaseSummary.SummarySection section : CaseSummary.of(doc.form(), doc.values()).sections()) {
      if (section.subsection()) {
        flow.keep(40);
        flow.down(4);
        flow.paragraph(section.title(), f.bold, 10, PageFlow.LEFT + 8, 0f);
      } else {
        heading(flow, section.title());
      }
      for (CaseSummary.Line line : section.lines()) {
        flow.labelled(line.label(), line.value(), LABEL_WIDTH, 10);
      }
    }
  }

  private static void heading(PageFlow flow, String title) throws IOException {
    if (title == null) {
      flow.down(6);
      return;
    }
    flow.keep(48);
    flow.down(10);
    flow.paragraph(title, flow.fonts.bold, 11, PageFlow.LEFT, 0f);
    flow.down(3);
    flow.rule(0.8f, 0.5f);
    flow.down(2);
  }

  private static void attachmentList(PageFlow flow, CaseDocument doc) throws IOException {
    List<AttachmentRequirement> declared = doc.form().attachments();
    if (declared.isEmpty() && doc.attachments().isEmpty()) {
      return;
    }
    heading(flow, "Anlagen");
    for (AttachmentRequirement a : declared) {
      int pages =
          doc.attachments().stream()
              .filter(c -> c.requirementId().equals(a.id()))
              .mapToInt(c -> c.pages().size())
              .sum();
      flow.labelled(
          a.labelDe(),
          pages == 0 ? "nicht beigefügt" : pagesText(pages, a.kind()),
          LABEL_WIDTH,
          10);
    }
    for (CaseAttachment extra : doc.attachments()) {
      if (doc.form().attachment(extra.requirementId()).isEmpty()) {
        flow.labelled(
            extra.requirementId(),
            pagesText(extra.pages().size(), AttachmentKind.DOCUMENT_SCAN),
            LABEL_WIDTH,
            10);
      }
    }
  }

  private static String pagesText(int pages, AttachmentKind kind) {
    String what = kind == AttachmentKind.PHOTO ? "Foto" : "Scan";
    return what + ", " + pages + (pages == 1 ? " Seite" : " Seiten") + " (am Ende des Dokuments)";
  }

  private static void signatureBlock(PDDocument pdf, PageFlow flow, CaseDocument doc)
      throws IOException {
    Fonts f = flow.fonts;
    SignatureRequirement s = doc.form().signature();
    heading(
        flow, s.required() || doc.signature() != null ? "Erklärung und Unterschrift" : "Aufnahme");
    flow.keep(130);
    if (s.declarationDe() != null) {
      flow.paragraph(s.declarationDe(), f.regular, 9.5f, PageFlow.LEFT, 0f);
      flow.down(6);
    }
    String placeAndDate = doc.place() + ", " + DATE.format(doc.localTime());
    float boxTop = flow.y();
    float signX = PageFlow.LEFT + 250;
    if (doc.signature() != null) {
      BufferedImage sig = doc.signature();
      PDImageXObject image = ScanImages.lossless(pdf, sig, false);
      float maxW = 220;
      float maxH = 64;
      float scale = Math.min(maxW / sig.getWidth(), maxH / sig.getHeight());
      flow.content()
          .drawImage(
              image,
              signX,
              boxTop - 4 - sig.getHeight() * scale,
              sig.getWidth() * scale,
              sig.getHeight() * scale);
    } else if (s.required()) {
      flow.write("(Unterschrift fehlt)", f.regular, 9, signX, boxTop - 40, PageFlow.GREY);
    }
    float lineY = boxTop - 72;
    flow.write(placeAndDate, f.regular, 10, PageFlow.LEFT, lineY + 4, 0f);
    flow.content().setStrokingColor(0f);
    flow.content().setLineWidth(0.6f);
    flow.content().moveTo(PageFlow.LEFT, lineY);
    flow.content().lineTo(PageFlow.LEFT + 200, lineY);
    flow.content().moveTo(signX, lineY);
    flow.content().lineTo(PageFlow.RIGHT, lineY);
    flow.content().stroke();
    flow.write("Ort, Datum", f.regular, 8, PageFlow.LEFT, lineY - 10, PageFlow.GREY);
    String caption =
        s.labelDe() != null
            ? s.labelDe()
            : doc.signature() != null ? "Unterschrift" : "Keine Unterschrift erforderlich";
    flow.write(caption, f.regular, 8, signX, lineY - 10, PageFlow.GREY);
    flow.down(boxTop - lineY + 18);
    flow.labelled("Aufgenommen von", doc.clerk(), LABEL_WIDTH, 10);
    if (!doc.identity().isEmpty()) {
      flow.labelled("Identität festgestellt", doc.identity(), LABEL_WIDTH, 10);
    }
  }

  private void sealBlock(PageFlow flow, CaseDocument doc) throws IOException {
    Fonts f = flow.fonts;
    CaseSeal seal = seal(doc);
    BitMatrix code = QrCodes.encode(seal.encode());
    float block = QR_SIZE + 24;
    flow.keep(block + 10);
    flow.down(14);
    flow.rule(0.8f, 0.5f);
    float top = flow.y() - 10;
    QrCodes.draw(flow.content(), code, PageFlow.LEFT, top - QR_SIZE, QR_SIZE);
    float x = PageFlow.LEFT + QR_SIZE + 18;
    float y = top - 10;
    flow.write("Prüfdaten / verification data", f.bold, 9, x, y, 0f);
    y -= 13;
    flow.write("Vorgangsnummer: " + doc.caseNumber(), f.regular, 9, x, y, 0f);
    y -= 12;
    flow.write(
        "Formular: " + doc.form().id() + ", Version " + doc.form().version(),
        f.regular,
        9,
        x,
        y,
        0f);
    y -= 12;
    flow.write("SHA-256 der Angaben:", f.regular, 9, x, y, 0f);
    String hash = CaseHash.grouped(doc.dataHash());
    y -= 11;
    flow.write(hash.substring(0, 39), f.regular, 8, x, y, PageFlow.GREY);
    y -= 10;
    flow.write(hash.substring(40), f.regular, 8, x, y, PageFlow.GREY);
    y -= 12;
    flow.write(
        "Die Angaben liegen dieser PDF/A-3-Datei auch als case.json bei.",
        f.regular,
        8,
        x,
        y,
        PageFlow.GREY);
    flow.down(block);
  }
}
