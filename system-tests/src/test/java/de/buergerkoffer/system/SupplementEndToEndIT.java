package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerkoffer.kit.receipt.ReceiptService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents handed in later ("Nachreichung") travel like any case – kit, outbox, sealed bundle,
 * real broker, hub – and the hub links them to the case they name, whichever arrives first.
 */
class SupplementEndToEndIT {

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
  void aSupplementCapturedOnTheKitArrivesAtTheHubLinkedToItsCase() {
    Town.Reply original =
        town.kitPost(
            "/api/cases", Map.of("formId", "meldebescheinigung", "fields", VisitEndToEndIT.WEISS));
    assertThat(original.status()).isEqualTo(201);
    String originalNumber = original.json().get("caseNumber").asText();
    byte[] page = new byte[3_000];
    new Random(7).nextBytes(page);

    Town.Reply supplement =
        town.kitPost(
            "/api/cases",
            Map.of(
                "formId",
                "nachreichung",
                "fields",
                Map.of("referencedCaseNumber", originalNumber, "note", "Mietvertrag nachgereicht"),
                "attachments",
                List.of(
                    Map.of(
                        "name",
                        "unterlagen-1.png",
                        "base64",
                        Base64.getEncoder().encodeToString(page)))));
    assertThat(supplement.status()).as(supplement.json().toString()).isEqualTo(201);
    String supplementId = supplement.json().get("caseId").asText();

    await("supplement acknowledged on the kit")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + supplementId).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    JsonNode atHub = town.hubGet("/api/cases/" + supplementId);
    assertThat(atHub.get("formId").asText()).isEqualTo("nachreichung");
    assertThat(atHub.get("supplementTo").asText()).isEqualTo(originalNumber);
    assertThat(town.hubGet("/api/cases/" + supplementId + "/attachments").toString())
        .contains("unterlagen-1.png");
    // the resident's receipt for the supplement: its own case number, sealed by the kit
    assertThat(
            town.kitContext()
                .getBean(ReceiptService.class)
                .receiptFor(UUID.fromString(supplementId)))
        .hasValueSatisfying(
            r -> {
              assertThat(r.caseNumber()).isEqualTo(supplement.json().get("caseNumber").asText());
              assertThat(r.sealText()).isNotBlank();
            });
  }
}
