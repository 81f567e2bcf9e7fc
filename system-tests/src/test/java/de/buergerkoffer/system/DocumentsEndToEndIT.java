package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormLoader;
import de.buergerkoffer.forms.document.VeraPdf;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.kit.receipt.CaseReceipt;
import de.buergerkoffer.kit.receipt.ReceiptService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Documents from the kitchen table to the town hall: the case's PDF/A travels in the bundle, the
 * kit's signed receipt verifies at the hub, and a new form version published at the hub reaches the
 * kit over MQTT.
 */
class DocumentsEndToEndIT {

  @TempDir Path dir;
  private TestBroker broker;
  private Town town;
  private Path catalogDir;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startTown() throws Exception {
    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
    catalogDir = Files.createDirectories(dir.resolve("hub-catalog"));
    town = new Town(dir, broker).withHubArgs(Map.of("bk.hub.catalog.dir", catalogDir.toString()));
    town.startHub();
    town.startKit();
    town.awaitKitEnrolled();
  }

  @AfterEach
  void stopTown() {
    town.close();
    broker.close();
  }

  @Test
  void aCaseArrivesWithItsPdfAAndItsReceiptVerifiesAtTheHub() throws Exception {
    String caseId = captureAndAwaitAcknowledged();

    JsonNode attachments = town.hubGet("/api/cases/" + caseId + "/attachments");
    assertThat(
            StreamSupport.stream(attachments.spliterator(), false).map(a -> a.get("name").asText()))
        .contains("antrag.pdf");
    HttpResponse<byte[]> pdf = bytes(town.hubUrl() + "/api/cases/" + caseId + "/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(VeraPdf.failures(pdf.body(), PDFAFlavour.PDFA_3_U)).isEmpty();

    CaseReceipt receipt =
        town.kitContext()
            .getBean(ReceiptService.class)
            .receiptFor(UUID.fromString(caseId))
            .orElseThrow();
    Town.Reply genuine = town.hubPost("/api/receipts/check", Map.of("code", receipt.sealText()));
    assertThat(genuine.json().get("genuine").asBoolean()).isTrue();
    assertThat(genuine.json().get("caseNumber").asText()).isEqualTo(receipt.caseNumber());

    CaseSeal seal = CaseSeal.decode(receipt.sealText());
    String otherDay =
        new CaseSeal(
                seal.signerId(),
                seal.caseNumber(),
                seal.date().minusDays(1),
                seal.dataHash(),
                seal.signature())
            .encode();
    Town.Reply forged = town.hubPost("/api/receipts/check", Map.of("code", otherDay));
    assertThat(forged.json().get("genuine").asBoolean()).isFalse();
    assertThat(forged.json().get("reason").asText()).isEqualTo("BAD_SIGNATURE");

    HttpResponse<byte[]> a4 =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(town.kitUrl() + "/api/cases/" + caseId + "/receipt.pdf"))
                .header("Authorization", Town.basic(Town.CLERK_USERNAME, Town.CLERK_PIN))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(a4.statusCode()).isEqualTo(200);
    assertThat(VeraPdf.failures(a4.body(), PDFAFlavour.PDFA_2_U)).isEmpty();
  }

  @Test
  void aNewFormVersionPublishedAtTheHubReachesTheKitAndItsCasesAreAccepted() throws Exception {
    ObjectNode v2 =
        (ObjectNode)
            FormLoader.toTree(FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow());
    v2.put("version", 2);
    v2.put("titleDe", "Meldebescheinigung beantragen (2027)");
    Files.writeString(catalogDir.resolve("meldebescheinigung-v2.json"), v2.toPrettyString());
    Files.writeString(
        catalogDir.resolve("catalog.json"),
        "{\"files\": [\"meldebescheinigung-v2.json\"],"
            + " \"inForceUntil\": {\"meldebescheinigung-v1\": \"2099-12-31\"}}");

    Town.Reply reloaded = town.hubPost("/api/admin/catalog/reload", Map.of());
    assertThat(reloaded.status()).isEqualTo(200);

    await("kit offers version 2")
        .atMost(Duration.ofSeconds(30))
        .until(() -> meldebescheinigungOnKit().get("version").asInt() == 2);
    assertThat(meldebescheinigungOnKit().get("titleDe").asText()).endsWith("(2027)");
    String caseId = captureAndAwaitAcknowledged();
    assertThat(town.hubGet("/api/cases/" + caseId).get("formVersion").asInt()).isEqualTo(2);
  }

  private JsonNode meldebescheinigungOnKit() {
    for (JsonNode form : town.kitGet("/api/forms")) {
      if (form.get("id").asText().equals("meldebescheinigung")) {
        return form;
      }
    }
    throw new AssertionError("no Meldebescheinigung on the kit");
  }

  private String captureAndAwaitAcknowledged() {
    Town.Reply created =
        town.kitPost(
            "/api/cases", Map.of("formId", "meldebescheinigung", "fields", VisitEndToEndIT.WEISS));
    assertThat(created.status()).isEqualTo(201);
    String caseId = created.json().get("caseId").asText();
    await("case acknowledged on the kit")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + caseId).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    return caseId;
  }

  private HttpResponse<byte[]> bytes(String url) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (url.startsWith(town.hubUrl() + "/")) {
      request.header("Authorization", Town.staffBasicAuth());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
