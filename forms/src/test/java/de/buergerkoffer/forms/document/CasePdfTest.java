package de.buergerkoffer.forms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.buergerkoffer.forms.AttachmentRequirement;
import de.buergerkoffer.forms.CaseSummary;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.FormValidator;
import de.buergerkoffer.forms.SampleCases;
import de.buergerkoffer.forms.seal.CaseHash;
import de.buergerkoffer.forms.seal.CaseSeal;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class CasePdfTest {

  static final Instant CAPTURED = Instant.parse("2025-06-14T08:32:00Z");
  static final Municipality TOWN =
      Municipality.of(
          "Stadt Großröhrsdorf",
          "Bürgerbüro – mobiler Bürgerservice",
          "Rathausplatz 1, 01900 Großröhrsdorf");

  static Stream<FormDefinition> catalog() {
    return FormCatalog.builtIn().current().stream();
  }

  static CaseDocument sampleDocument(FormDefinition form, int scanDpi) {
    List<CaseAttachment> attachments = new ArrayList<>();
    for (AttachmentRequirement a : form.attachments()) {
      attachments.add(
          new CaseAttachment(
              a.id(),
              List.of(ScanPage.of(TestScans.a4Letter(scanDpi, a.id().hashCode()), scanDpi))));
    }
    return new CaseDocument(
        form,
        "BK01-000042-7",
        SampleCases.values(form.id()),
        CAPTURED,
        "Frau Schröder",
        "Großröhrsdorf",
        TOWN,
        form.signature().required() ? TestScans.signature() : null,
        attachments);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void everySampleCaseOfTheCatalogIsValid(FormDefinition form) {
    assertThat(FormValidator.validate(form, SampleCases.values(form.id()), SampleCases.TODAY))
        .isEmpty();
  }

  @Test
  void theDocumentSaysHowTheIdentityWasEstablishedUnderTheClerksName() throws IOException {
    FormDefinition form = FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow();
    CaseDocument doc =
        sampleDocument(form, 100)
            .withIdentity("Von Hand eingegeben nach Sichtprüfung des Ausweises");

    String text = text(new CasePdf().render(doc));

    assertThat(text)
        .contains("Identität festgestellt Von Hand eingegeben nach Sichtprüfung des Ausweises");
    assertThat(text(new CasePdf().render(sampleDocument(form, 100))))
        .doesNotContain("Identität festgestellt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void everyFormRendersWithEveryValueReadableInTheText(FormDefinition form) throws IOException {
    CaseDocument doc = sampleDocument(form, 100);

    String text = text(new CasePdf().render(doc));

    List<CaseSummary.Line> lines = CaseSummary.of(form, doc.values()).lines();
    assertThat(lines).isNotEmpty();
    for (CaseSummary.Line line : lines) {
      assertThat(text).contains(line.value().replaceAll("\\s+", " "));
      assertThat(text).contains(line.label().replaceAll("\\s+", " "));
    }
    assertThat(text)
        .contains(form.titleDe())
        .contains("BK01-000042-7")
        .contains("Frau Schröder")
        .contains("Großröhrsdorf, 14.06.2025")
        .contains("Stadt Großröhrsdorf")
        .contains(CaseHash.grouped(doc.dataHash()).substring(0, 19));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void everyFormRendersAsValidPdfA3u(FormDefinition form) {
    byte[] pdf = new CasePdf().render(sampleDocument(form, 100));

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  @Test
  void theCaseDataTravelsInsideThePdfAsJson() throws IOException {
    FormDefinition form = FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow();
    byte[] pdf = new CasePdf().render(sampleDocument(form, 100));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, PDComplexFileSpecification> files =
          doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
      assertThat(files).containsOnlyKeys("case.json");
      String json =
          new String(
              files.get("case.json").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
      assertThat(json)
          .contains("\"caseNumber\" : \"BK01-000042-7\"")
          .contains("\"familyName\" : \"Weiß\"")
          .contains("\"formId\" : \"meldebescheinigung\"");
    }
  }

  @Test
  void theQrCodeOnTheDocumentCarriesCaseNumberDateAndHash() throws Exception {
    FormDefinition form = FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow();
    CaseDocument doc = sampleDocument(form, 100);
    byte[] pdf = new CasePdf().render(doc);

    CaseSeal seal = CaseSeal.decode(readQrCode(pdf, 0));

    assertThat(seal.caseNumber()).isEqualTo("BK01-000042-7");
    assertThat(seal.date()).isEqualTo(SampleCases.TODAY);
    assertThat(seal.isSigned()).isFalse();
    assertThat(seal.matches(form.id(), form.version(), doc.values())).isTrue();
  }

  @Test
  void aScannedA4PageAt200DpiGreyStaysWellUnder300Kilobytes() {
    FormDefinition form = FormCatalog.builtIn().latest("beglaubigung").orElseThrow();
    CaseDocument withScan = sampleDocument(form, 200);
    CaseDocument withoutScan =
        new CaseDocument(
            form,
            withScan.caseNumber(),
            withScan.values(),
            withScan.capturedAt(),
            withScan.clerk(),
            withScan.place(),
            withScan.municipality(),
            null,
            List.of());

    int scanBytes =
        new CasePdf().render(withScan).length - new CasePdf().render(withoutScan).length;

    assertThat(scanBytes).isLessThan(250 * 1024);
  }

  @Test
  void textTheFontCannotShowIsReplacedInsteadOfBreakingTheDocument() throws IOException {
    FormDefinition form = FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow();
    Map<String, String> values = new java.util.HashMap<>(SampleCases.values(form.id()));
    values.put("purpose", "Vorlage 🙂 beim Amt\tmit Tab");
    CaseDocument doc =
        new CaseDocument(
            form,
            "BK01-000043-5",
            values,
            CAPTURED,
            "Frau Schröder",
            "Großröhrsdorf",
            TOWN,
            null,
            List.of());

    assertThat(text(new CasePdf().render(doc))).contains("Vorlage ? beim Amt mit Tab");
  }

  @Test
  void markupCharactersInNamesKeepTheMetadataValid() throws IOException {
    FormDefinition form = FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow();
    CaseDocument doc =
        new CaseDocument(
            form,
            "BK01-000044-3",
            SampleCases.values(form.id()),
            CAPTURED,
            "Frau <Schröder> & Co",
            "Großröhrsdorf",
            Municipality.of("Verwaltungsverband \"Rödertal\" & Umland"),
            null,
            List.of());

    byte[] pdf = new CasePdf().render(doc);

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      assertThat(loaded.getDocumentInformation().getAuthor())
          .isEqualTo("Verwaltungsverband \"Rödertal\" & Umland");
    }
  }

  @Test
  void warmingUpNeedsNoCase() {
    assertThatCode(CasePdf::warmUp).doesNotThrowAnyException();
  }

  /** The text of the QR code on a page; looks at the whole page, then at overlapping bands. */
  static String readQrCode(byte[] pdf, int pageIndex) throws Exception {
    BufferedImage page;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 300); // as the kit scans
    }
    int band = page.getHeight() / 3;
    // a band that cuts through the code can look like one and fail to decode (FormatException,
    // ChecksumException): try the next band, as for a band without a code
    ReaderException last = NotFoundException.getNotFoundInstance();
    for (int top = -1; top < page.getHeight() - band; top += band / 2) {
      BufferedImage part =
          top < 0
              ? page
              : page.getSubimage(0, top, page.getWidth(), Math.min(band, page.getHeight() - top));
      int[] pixels = part.getRGB(0, 0, part.getWidth(), part.getHeight(), null, 0, part.getWidth());
      RGBLuminanceSource source = new RGBLuminanceSource(part.getWidth(), part.getHeight(), pixels);
      try {
        return new QRCodeReader()
            .decode(
                new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
            .getText();
      } catch (ReaderException e) {
        last = e;
      }
      if (top < 0) {
        top = 0 - band / 2;
      }
    }
    throw last;
  }
}
