package de.buergerkoffer.forms.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a PDFBox document PDF/A (level U: every glyph maps to Unicode): XMP metadata that
 * matches the document information, the sRGB output intent, and for PDF/A-3 the associated file
 * with its relationship. Fonts are embedded by {@link Fonts}; the renderers use no transparency, no
 * encryption and no annotations.
 */
final class PdfA {

  static final String PRODUCER = "Bürgerkoffer (Apache PDFBox)";
  private static final String SRGB = "sRGB IEC61966-2.1";

  private PdfA() {}

  /** The PDF/A part a document claims. */
  enum Part {
    /** PDF/A-2u: the receipt. */
    TWO(2),
    /** PDF/A-3u: the case document, which carries the case data as an embedded JSON file. */
    THREE(3);

    final int number;

    Part(int number) {
      this.number = number;
    }
  }

  /**
   * The document's identity: metadata in the information dictionary and in XMP, identical.
   *
   * @param created creation time, whole seconds are used
   */
  record Identity(String title, String author, String subject, ZonedDateTime created) {
    Identity {
      created = created.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  /** A calendar for PDF dates: the instant in its zone, whole seconds. */
  static Calendar calendar(ZonedDateTime time) {
    GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone(time.getZone()));
    cal.setTimeInMillis(time.toInstant().toEpochMilli() / 1000 * 1000);
    return cal;
  }

  /**
   * The XMP packet, written directly: it is small and fixed, and an XMP library with its XML
   * machinery costs half a second on a cold JVM.
   */
  static String xmp(Part part, Identity id) {
    String date = id.created().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "<pdfaid:part>"
        + part.number
        + "</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(id.title())
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:creator><rdf:Seq><rdf:li>"
        + escape(id.author())
        + "</rdf:li></rdf:Seq></dc:creator>\n"
        + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(id.subject())
        + "</rdf:li></rdf:Alt></dc:description>\n</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        + "<xmp:CreatorTool>Bürgerkoffer</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>"
        + date
        + "</xmp:CreateDate>\n<xmp:ModifyDate>"
        + date
        + "</xmp:ModifyDate>\n</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        + "<pdf:Producer>"
        + escape(PRODUCER)
        + "</pdf:Producer>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Makes {@code doc} claim PDF/A {@code part}, level U, with this identity. */
  static void declare(PDDocument doc, Part part, Identity id) throws IOException {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage("de-DE");

    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(id.title());
    info.setAuthor(id.author());
    info.setSubject(id.subject());
    info.setCreator("Bürgerkoffer");
    info.setProducer(PRODUCER);
    info.setCreationDate(calendar(id.created()));
    info.setModificationDate(calendar(id.created()));

    byte[] xmp = xmp(part, id).getBytes(StandardCharsets.UTF_8);
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xmp);
    catalog.setMetadata(metadata);

    PDOutputIntent intent =
        new PDOutputIntent(
            doc, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  /**
   * Embeds a file as a PDF/A-3 associated file (relationship {@code Data}): listed in the
   * document's embedded files and in the catalog's {@code AF} array.
   */
  static void attach(
      PDDocument doc,
      String fileName,
      String mediaType,
      byte[] content,
      String description,
      Calendar date)
      throws IOException {
    PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(content));
    file.setSubtype(mediaType);
    file.setSize(content.length);
    file.setCreationDate(date);
    file.setModDate(date);

    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(fileName);
    spec.setFileUnicode(fileName);
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.setFileDescription(description);
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(fileName, spec));
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);

    COSArray associated = new COSArray();
    associated.add(spec);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }

  /** Lists the file names embedded in a document, for tests and checks. */
  static List<String> attachedFileNames(PDDocument doc) throws IOException {
    PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
    if (names == null || names.getEmbeddedFiles() == null) {
      return List.of();
    }
    return new ArrayList<>(names.getEmbeddedFiles().getNames().keySet());
  }
}
