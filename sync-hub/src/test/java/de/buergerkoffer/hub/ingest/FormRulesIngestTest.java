package de.buergerkoffer.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.BundleSealer;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormLoader;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub judges each case by its own form version: values, documents and signature, all failures
 * named; versions past their last day are refused; and it keeps or renders the case's PDF.
 */
class FormRulesIngestTest {

  /** A small form that needs one document and a signature. */
  static final String TESTANTRAG =
      """
      {"id": "testantrag", "version": %d, "titleDe": "Testantrag %d", "titleEn": "Test",
       "sections": [{"id": "main", "titleDe": "Angaben", "titleEn": "Details", "fields": [
         {"id": "name", "type": "TEXT", "labelDe": "Name", "labelEn": "Name", "required": true}]}],
       "attachments": [{"id": "nachweis", "kind": "DOCUMENT_SCAN", "labelDe": "Nachweis",
         "labelEn": "Proof", "required": true}],
       "signature": {"required": true, "labelDe": "Unterschrift", "labelEn": "Signature"}}
      """;

  @TempDir static Path dataDir;
  @TempDir static Path catalogDir;
  static TestHub hub;
  static HubKeys keys;
  static IngestService ingest;
  static TestKit kit07;

  @BeforeAll
  static void startHub() throws Exception {
    Files.writeString(catalogDir.resolve("testantrag-v1.json"), TESTANTRAG.formatted(1, 1));
    Files.writeString(catalogDir.resolve("testantrag-v2.json"), TESTANTRAG.formatted(2, 2));
    ObjectNode melde2 =
        (ObjectNode)
            FormLoader.toTree(FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow());
    melde2.put("version", 2);
    Files.writeString(catalogDir.resolve("meldebescheinigung-v2.json"), melde2.toString());
    Files.writeString(
        catalogDir.resolve("catalog.json"),
        """
        {"files": ["testantrag-v1.json", "testantrag-v2.json", "meldebescheinigung-v2.json"],
         "inForceUntil": {"testantrag-v1": "2020-01-01", "meldebescheinigung-v1": "2099-12-31"}}
        """);
    hub = TestHub.start(dataDir, Map.of("bk.hub.catalog.dir", catalogDir.toString()));
    keys = hub.bean(HubKeys.class);
    ingest = hub.bean(IngestService.class);
    kit07 = TestKit.certifiedBy(keys, "kit-07");
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  private Ack send(CaseData data, Attachment... attachments) throws Exception {
    SealedBundle bundle =
        new BundleSealer(
                kit07.credential(), List.of(keys.encryption().certificate()), TestKit.CLOCK)
            .sealContents(List.of(new CaseContent(data, List.of(attachments))));
    return AckCodec.verify(
        ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()).bytes(),
        keys.ca().certificate(),
        TestKit.CLOCK.instant());
  }

  @Test
  void aCaseWithoutItsDocumentAndSignatureIsRefusedWithEveryFailingFieldAndRule() throws Exception {
    Ack ack = send(TestKit.caseOf("testantrag", 2, Map.of()));

    assertThat(ack.reason()).isEqualTo(RejectReason.FORM_VALIDATION_FAILED);
    assertThat(FormProblems.fieldsAndRules(ack.detail()))
        .containsExactly(
            "name required", "nachweis attachment-required", "signature signature-required");
    assertThat(ack.detail()).contains("3 Fehler", "Bitte", "Unterschrift");
  }

  @Test
  void aCaseWithItsDocumentAndSignatureIsStoredAndItsPdfRenderedByTheHub() throws Exception {
    CaseData data = TestKit.caseOf("testantrag", 2, Map.of("name", "Weiß"));

    Ack ack =
        send(
            data,
            new Attachment("nachweis-1.png", png(600, 800)),
            new Attachment("signature.png", png(300, 100)));

    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
    assertThat(hub.bean(ReceivedCases.class).attachments(data.caseId()))
        .extracting(ReceivedCases.StoredAttachment::name)
        .containsExactlyInAnyOrder("nachweis-1.png", "signature.png");
    HttpResponse<String> pdf = hub.get("/api/cases/" + data.caseId() + "/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void theHubKeepsThePdfTheKitSent() throws Exception {
    CaseData data = TestKit.meldebescheinigung();
    byte[] fromKit = "%PDF-1.7 from the kit".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    send(data, new Attachment("antrag.pdf", fromKit));

    HttpResponse<String> pdf = hub.get("/api/cases/" + data.caseId() + "/pdf");
    assertThat(pdf.body()).isEqualTo("%PDF-1.7 from the kit");
  }

  @Test
  void aCaseOfAnOlderVersionStillInForceIsAccepted() throws Exception {
    Ack ack = send(TestKit.meldebescheinigung());

    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
  }

  @Test
  void aCaseOfAVersionNoLongerInForceIsRefusedWithItsLastDay() throws Exception {
    Ack ack =
        send(
            TestKit.caseOf("testantrag", 1, Map.of("name", "Weiß")),
            new Attachment("nachweis-1.png", png(60, 80)),
            new Attachment("signature.png", png(30, 10)));

    assertThat(ack.reason()).isEqualTo(RejectReason.UNKNOWN_FORM);
    assertThat(ack.detail()).contains("testantrag", "Version 1", "galt nur bis 01.01.2020");
  }

  @Test
  void theAdminApiListsEveryVersionWithItsLastDay() {
    HttpResponse<String> catalog = hub.get("/api/admin/catalog");

    assertThat(catalog.statusCode()).isEqualTo(200);
    assertThat(catalog.body())
        .contains("\"id\":\"testantrag\"", "\"inForceUntil\":\"2020-01-01\"", "2099-12-31");
    HttpResponse<String> page =
        hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD).get("/admin/formulare");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Testantrag 2", "01.01.2020", "unbefristet");
  }

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
