package de.buergerkoffer.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.kit.FreePort;
import de.buergerkoffer.kit.KitApplication;
import de.buergerkoffer.kit.clerks.TestClerks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log in the running kit: a capture through the API leaves an entry with the clerk and
 * the case number, none of the resident's data, and {@code GET /api/audit/verify} reports the
 * chain; the command line check agrees while the kit runs.
 */
class AuditApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static ConfigurableApplicationContext kit;
  static JdbcTemplate db;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startAnOfflineKit() {
    int nothingListens = FreePort.find();
    kit =
        KitApplication.builder()
            .run(
                "--bk.kit.data-dir=" + dataDir,
                "--bk.kit.id=kit-07",
                "--bk.kit.case-prefix=TK07",
                "--bk.kit.hub-url=http://127.0.0.1:" + nothingListens,
                "--bk.kit.broker-url=tcp://127.0.0.1:" + nothingListens,
                "--bk.kit.enrollment-token=test-token",
                "--server.port=0",
                "--server.address=127.0.0.1");
    db = kit.getBean(JdbcTemplate.class);
    TestClerks.seed(kit);
  }

  @AfterAll
  static void stopKit() {
    kit.close();
  }

  @Test
  void aCaptureIsAuditedWithClerkAndCaseNumberAndTheChainVerifies() throws Exception {
    HttpResponse<String> captured =
        send(
            HttpRequest.newBuilder(uri("/api/cases"))
                .header("Authorization", TestClerks.basic())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            Map.of("formId", "meldebescheinigung", "fields", residentData()))))
                .build());
    assertThat(captured.statusCode()).isEqualTo(201);
    String caseNumber = JSON.readTree(captured.body()).get("caseNumber").asText();

    Map<String, Object> entry =
        db.queryForMap(
            "SELECT actor, action, subject, detail FROM audit_log WHERE subject = ?", caseNumber);
    assertThat(entry)
        .containsEntry("actor", TestClerks.USERNAME)
        .containsEntry("action", "CAPTURE")
        .containsEntry("detail", "form=meldebescheinigung v1; attachments=0");
    String wholeLog = db.queryForList("SELECT * FROM audit_log").toString();
    assertThat(wholeLog).doesNotContain("Müller", "Erika", "1964-08-12", "Hauptstraße", "37671");

    JsonNode report =
        JSON.readTree(
            send(HttpRequest.newBuilder(uri("/api/audit/verify"))
                    .header("Authorization", TestClerks.basic())
                    .GET()
                    .build())
                .body());
    long entries = db.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    assertThat(report.get("ok").asBoolean()).isTrue();
    assertThat(report.get("entries").asLong()).isEqualTo(entries).isPositive();
    assertThat(report.get("headHash").asText())
        .isEqualTo(
            db.queryForObject(
                "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", String.class));
    assertThat(report.get("firstBroken").isNull()).isTrue();

    assertThat(VerifyAuditLog.run(new String[] {dataDir.toString()}, System.out, System.err))
        .as("the offline check reads the file of the running kit")
        .isZero();
  }

  private static Map<String, String> residentData() {
    return Map.of(
        "familyName", "Müller",
        "givenNames", "Erika",
        "birthDate", "1964-08-12",
        "street", "Hauptstraße 7",
        "postalCode", "37671",
        "city", "Höxter",
        "purpose", "Rentenversicherung",
        "delivery", "post");
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    int port = ((WebServerApplicationContext) kit).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
