package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clerk accounts end to end: the town hall creates a clerk, the sealed roster reaches the kit over
 * MQTT, the clerk logs in and captures, the town hall sees who captured the case; once the town
 * hall deactivates her, the kit refuses her as soon as the new roster arrives.
 */
class ClerkAccountsIT {

  private static final String USERNAME = "schulz";
  private static final String PIN = "482916";

  @TempDir Path dir;
  private TestBroker broker;
  private Town town;

  @BeforeEach
  void startTown() {
    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
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
  void aClerkCreatedAtTheHubCapturesOnTheKitUntilTheHubDeactivatesHer() {
    assertThat(town.kitGetAs(USERNAME, PIN, "/api/status").status())
        .as("unknown before the town hall creates her")
        .isEqualTo(401);

    Town.Reply created =
        town.hubPost(
            "/api/admin/clerks",
            Map.of("username", USERNAME, "displayName", "Frau Schulz", "pin", PIN));
    assertThat(created.status()).isEqualTo(201);

    await("roster over MQTT")
        .atMost(Duration.ofSeconds(60))
        .until(() -> town.kitGetAs(USERNAME, PIN, "/api/status").status() == 200);
    Town.Reply captured =
        town.kitPostAs(
            USERNAME,
            PIN,
            "/api/cases",
            Map.of("formId", "meldebescheinigung", "fields", VisitEndToEndIT.WEISS));
    assertThat(captured.status()).isEqualTo(201);
    assertThat(captured.json().get("clerk").asText()).isEqualTo("Frau Schulz");
    String caseId = captured.json().get("caseId").asText();

    await("case at the hub")
        .atMost(Duration.ofSeconds(60))
        .until(() -> town.hubGetReply("/api/cases/" + caseId).status() == 200);
    assertThat(town.hubGet("/api/cases/" + caseId).get("clerk").asText()).isEqualTo("Frau Schulz");

    Town.Reply deactivated =
        town.hubPost("/api/admin/clerks/" + USERNAME + "/deactivate", Map.of());
    assertThat(deactivated.status()).isEqualTo(200);

    await("new roster refuses her")
        .atMost(Duration.ofSeconds(60))
        .until(() -> town.kitGetAs(USERNAME, PIN, "/api/status").status() == 401);
    assertThat(town.kitGet("/api/status").get("enrolled").asBoolean())
        .as("the other clerk goes on working")
        .isTrue();
  }
}
