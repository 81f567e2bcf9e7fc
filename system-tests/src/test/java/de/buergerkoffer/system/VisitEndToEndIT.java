package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerkoffer.bundle.WireJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One visit from the kitchen table to the town hall, with real SQLite files, real signatures and
 * encryption, and a real broker that is down while the clerk captures.
 */
class VisitEndToEndIT {

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

  @TempDir Path dir;
  private TestBroker broker;
  private Town town;

  @BeforeEach
  void startTownWithBrokerDown() {
    broker = TestBroker.create(dir.resolve("broker"));
    town = new Town(dir, broker);
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
  void aCaseCapturedOfflineReachesTheHubUnchangedOnceTheBrokerIsUp() throws Exception {
    Town.Reply created =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", WEISS));

    assertThat(created.status()).isEqualTo(201);
    String caseId = created.json().get("caseId").asText();
    String caseNumber = created.json().get("caseNumber").asText();
    assertThat(caseNumber).matches("BRA7-\\d{6}-\\d");
    assertThat(town.kitGet("/api/cases/" + caseId).get("status").asText()).isEqualTo("QUEUED");
    JsonNode status = town.kitGet("/api/status");
    assertThat(status.get("online").asBoolean()).isFalse();
    assertThat(status.get("pendingCases").asInt()).isEqualTo(1);
    assertThat(outboxRows()).isEqualTo(1);

    broker.start();

    await("case acknowledged on the kit")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + caseId).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    JsonNode atHub = town.hubGet("/api/cases/" + caseId);
    assertThat(atHub.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(atHub.get("kitId").asText()).isEqualTo("kit-07");
    assertThat(fields(atHub)).isEqualTo(WEISS);
    assertThat(town.kitGet("/api/status").get("pendingCases").asInt()).isZero();
    assertThat(town.kitGet("/api/status").get("online").asBoolean()).isTrue();
  }

  @Test
  void aKitRestartBetweenCaptureAndSyncLosesNothing() {
    String first = capture("Weiß");
    String second = capture("Müller");

    town.stopKit();
    town.startKit();
    assertThat(town.kitGet("/api/status").get("pendingCases").asInt()).isEqualTo(2);
    broker.start();

    await("both cases at the hub")
        .atMost(Duration.ofSeconds(60))
        .until(() -> town.hubGet("/api/cases").size() == 2);
    await("both acknowledged on the kit")
        .atMost(Duration.ofSeconds(30))
        .until(() -> town.kitGet("/api/status").get("pendingCases").asInt() == 0);
    assertThat(town.hubGet("/api/cases/" + first).get("fields").get("familyName").asText())
        .isEqualTo("Weiß");
    assertThat(town.hubGet("/api/cases/" + second).get("fields").get("familyName").asText())
        .isEqualTo("Müller");
  }

  @Test
  void aBrokerOutageAfterCaptureIsBridgedByResending() {
    broker.start();
    String first = capture("Weiß");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + first).get("status").asText(),
            "ACKNOWLEDGED"::equals);

    broker.stop();
    String second = capture("Müller");
    await("kit notices it is offline")
        .atMost(Duration.ofSeconds(60))
        .until(() -> !town.kitGet("/api/status").get("online").asBoolean());
    broker.start();

    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> town.kitGet("/api/cases/" + second).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    assertThat(town.hubGet("/api/cases").size()).isEqualTo(2);
  }

  private String capture(String familyName) {
    var fields = new java.util.HashMap<>(WEISS);
    fields.put("familyName", familyName);
    Town.Reply reply =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", fields));
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("caseId").asText();
  }

  private static Map<String, String> fields(JsonNode caseJson) {
    return WireJson.mapper()
        .convertValue(
            caseJson.get("fields"),
            new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
  }

  private int outboxRows() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + town.kitDatabase());
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM outbox")) {
      return rs.getInt(1);
    }
  }
}
