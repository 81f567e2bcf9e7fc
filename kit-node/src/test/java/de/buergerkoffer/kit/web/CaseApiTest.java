package de.buergerkoffer.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.kit.FreePort;
import de.buergerkoffer.kit.KitApplication;
import de.buergerkoffer.kit.capture.CaseNumbers;
import de.buergerkoffer.kit.clerks.TestClerks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Capture through the kit's JSON API, on a kit that has never reached its hub: the case is stored
 * with its outbox entry and gets its number at once, or nothing is stored and the clerk learns why.
 */
class CaseApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static ConfigurableApplicationContext kit;
  static JdbcTemplate db;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startAnOfflineKit() {
    int nothingListens = FreePort.find();
    // command-line arguments, because builder().properties(...) only sets defaults that
    // kit.properties overrides
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
  void storesAValidCaseWithItsOutboxEntryAndAnswersWithItsNumber() throws Exception {
    HttpResponse<String> response = submit("meldebescheinigung", validFields());

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode captured = JSON.readTree(response.body());
    String caseId = captured.get("caseId").asText();
    String caseNumber = captured.get("caseNumber").asText();
    assertThat(caseNumber).matches("TK07-\\d{6}-\\d");
    assertThat(CaseNumbers.isValid(caseNumber)).isTrue();
    assertThat(captured.get("status").asText()).isEqualTo("QUEUED");
    assertThat(captured.get("clerk").asText()).isEqualTo("Frau Schmidt");
    assertThat(captured.get("fields").get("postalCode").asText()).isEqualTo("37671");
    assertThat(count("SELECT COUNT(*) FROM captured_case WHERE case_id = ?", caseId)).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM outbox WHERE case_id = ?", caseId)).isEqualTo(1);
    assertThat(
            db.queryForObject(
                "SELECT case_number FROM captured_case WHERE case_id = ?", String.class, caseId))
        .isEqualTo(caseNumber);
  }

  @Test
  void givesEveryCaseItsOwnNumber() throws Exception {
    String first =
        JSON.readTree(submit("meldebescheinigung", validFields()).body())
            .get("caseNumber")
            .asText();
    String second =
        JSON.readTree(submit("meldebescheinigung", validFields()).body())
            .get("caseNumber")
            .asText();

    assertThat(second).isNotEqualTo(first);
    assertThat(runningNumber(second)).isEqualTo(runningNumber(first) + 1);
  }

  @Test
  void refusesInvalidValuesWithGermanMessagesPerFieldAndStoresNothing() throws Exception {
    Map<String, String> fields = new HashMap<>(validFields());
    fields.put("postalCode", "12");
    fields.put("birthDate", "2999-01-01");
    fields.remove("city");
    int casesBefore = count("SELECT COUNT(*) FROM captured_case");
    int outboxBefore = count("SELECT COUNT(*) FROM outbox");

    HttpResponse<String> response = submit("meldebescheinigung", fields);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode refusal = JSON.readTree(response.body());
    assertThat(refusal.get("error").asText()).isEqualTo("Angaben unvollständig oder fehlerhaft");
    Map<String, String> germanByField = new HashMap<>();
    refusal
        .get("fieldErrors")
        .forEach(e -> germanByField.put(e.get("fieldId").asText(), e.get("messageDe").asText()));
    assertThat(germanByField)
        .containsOnlyKeys("postalCode", "birthDate", "city")
        .containsEntry("postalCode", "„Postleitzahl“ hat nicht die erwartete Form.")
        .containsEntry("birthDate", "„Geburtsdatum“ darf nicht in der Zukunft liegen.")
        .containsEntry("city", "Bitte „Wohnort“ ausfüllen.");
    assertThat(count("SELECT COUNT(*) FROM captured_case")).isEqualTo(casesBefore);
    assertThat(count("SELECT COUNT(*) FROM outbox")).isEqualTo(outboxBefore);
  }

  @Test
  void refusesAnUnknownFormAsABadRequestAndStoresNothing() throws Exception {
    int casesBefore = count("SELECT COUNT(*) FROM captured_case");

    HttpResponse<String> response = submit("hundesteuer-anmeldung", Map.of("hund", "Bello"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error").asText())
        .isEqualTo("Unbekannte Leistung: hundesteuer-anmeldung");
    assertThat(count("SELECT COUNT(*) FROM captured_case")).isEqualTo(casesBefore);
  }

  @Test
  void reportsTheKitAsOfflineAndNotEnrolledWithItsWaitingCases() throws Exception {
    submit("meldebescheinigung", validFields());

    JsonNode status = JSON.readTree(get("/api/status").body());

    assertThat(status.get("enrolled").asBoolean()).isFalse();
    assertThat(status.get("online").asBoolean()).isFalse();
    assertThat(status.get("pendingCases").asInt())
        .isEqualTo(count("SELECT COUNT(*) FROM outbox"))
        .isPositive();
  }

  private static Map<String, String> validFields() {
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

  private static long runningNumber(String caseNumber) {
    return Long.parseLong(caseNumber.split("-")[1]);
  }

  private static int count(String sql, Object... args) {
    return db.queryForObject(sql, Integer.class, args);
  }

  private static HttpResponse<String> submit(String formId, Map<String, String> fields)
      throws Exception {
    String body = JSON.writeValueAsString(Map.of("formId", formId, "fields", fields));
    return http.send(
        HttpRequest.newBuilder(uri("/api/cases"))
            .header("Authorization", TestClerks.basic())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", TestClerks.basic()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    int port = ((WebServerApplicationContext) kit).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
