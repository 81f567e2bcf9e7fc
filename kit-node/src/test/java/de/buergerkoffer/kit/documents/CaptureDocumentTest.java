package de.buergerkoffer.kit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.document.Municipality;
import de.buergerkoffer.kit.audit.RecordingAuditLog;
import de.buergerkoffer.kit.capture.AttachmentLimits;
import de.buergerkoffer.kit.capture.CaptureResult;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.CaseStoreFixture;
import de.buergerkoffer.kit.capture.Clerk;
import de.buergerkoffer.kit.capture.DocumentRenderer;
import de.buergerkoffer.kit.capture.FreezeCheck;
import de.buergerkoffer.kit.capture.FreezeLimits;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.outbox.OutboxFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CaptureDocumentTest {

  static final Instant NOW = Instant.parse("2025-06-14T08:32:00Z");
  static final Map<String, String> WEISS =
      Map.of(
          "familyName", "Weiß",
          "givenNames", "Jürgen Ödön",
          "birthDate", "1941-02-28",
          "street", "Straße des Friedens 12",
          "postalCode", "04821",
          "city", "Brandis",
          "purpose", "Rentenversicherung",
          "delivery", "post");

  static final Clerk SCHMIDT = new Clerk("schmidt", "Frau Schmidt");

  @TempDir Path dir;
  private CaseStore cases;
  private Outbox outbox;
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final CaseDocuments documents =
      new CaseDocuments(
          FormCatalog.builtIn(), Municipality.of("Gemeinde Musterhausen"), "Musterhausen");

  @BeforeEach
  void createDatabase() {
    DataSource db =
        new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("kit.db") + "?foreign_keys=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    outbox = OutboxFixture.jdbc(db);
    cases = CaseStoreFixture.jdbc(db, "TK07");
  }

  private CaptureService capture(DocumentRenderer renderer) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return new CaptureService(
        FormCatalog.builtIn(),
        cases,
        new AttachmentLimits(1_000_000, 2_000_000),
        new FreezeCheck(
            new FreezeLimits(Duration.ofDays(7), 100, 0), outbox, () -> Long.MAX_VALUE, clock),
        clock,
        audit,
        renderer);
  }

  @Test
  void aCapturedCaseTravelsWithItsPdfNamedAntragPdf() throws Exception {
    CaptureResult result = capture(documents).capture("meldebescheinigung", SCHMIDT, WEISS);

    CapturedCase stored = ((CaptureResult.Captured) result).captured();
    assertThat(cases.attachmentNames(stored.caseId())).containsExactly("antrag.pdf");
    List<CaseContent> unsealed = outbox.unsealed(10);
    Attachment pdf = unsealed.get(0).attachments().get(0);
    assertThat(pdf.name()).isEqualTo("antrag.pdf");
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.data())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(stored.caseNumber(), "Weiß", "Frau Schmidt", "Musterhausen");
      assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("pdfaid:part", "3");
    }
  }

  @Test
  void aRendererThatFailsDoesNotStopTheCapture() {
    DocumentRenderer broken =
        new CaseDocuments(new FormCatalog(List.of()), Municipality.of("X"), "X");

    CaptureResult result = capture(broken).capture("meldebescheinigung", SCHMIDT, WEISS);

    assertThat(result).isInstanceOf(CaptureResult.Captured.class);
    CapturedCase stored = ((CaptureResult.Captured) result).captured();
    assertThat(cases.attachmentNames(stored.caseId())).isEmpty();
    assertThat(outbox.unsealed(10)).hasSize(1);
  }

  @Test
  void aScanThatIsNoImageIsLeftOutOfThePdfButKeptAsDocument() {
    CaptureResult result =
        capture(documents)
            .capture(
                "meldebescheinigung",
                SCHMIDT,
                WEISS,
                List.of(new Attachment("seite-1.png", new byte[] {1, 2, 3})),
                false);

    CapturedCase stored = ((CaptureResult.Captured) result).captured();
    assertThat(cases.attachmentNames(stored.caseId())).containsExactly("antrag.pdf", "seite-1.png");
  }

  @Test
  void aFormThatNeedsASignatureIsRefusedWithoutOneInGerman() {
    CaptureResult result = capture(documents).capture("briefwahl", SCHMIDT, Map.of());

    assertThat(result)
        .isInstanceOfSatisfying(
            CaptureResult.Invalid.class,
            invalid ->
                assertThat(invalid.errors())
                    .anySatisfy(
                        e -> {
                          assertThat(e.fieldId()).isEqualTo("signature");
                          assertThat(e.rule()).isEqualTo("signature-required");
                          assertThat(e.messageDe()).contains("Unterschrift");
                        }));
  }
}
