package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerkoffer.bundle.crypto.Pki;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A kit whose certificate has less than 30 days left renews it online at start-up: new key, new
 * certificate from the hub, and its cases still reach the town hall afterwards.
 */
class RenewalIT {

  @TempDir Path dir;
  private TestBroker broker;
  private Town town;

  @BeforeEach
  void startTown() {
    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
    // certificates that are due for renewal as soon as they are issued
    town = new Town(dir, broker).withHubArgs(Map.of("bk.hub.kit-certificate-validity", "P20D"));
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
  void aKitWhoseCertificateExpiresWithin30DaysRenewsItAtStartUpAndKeepsSending() {
    JsonNode before = town.kitGet("/api/status");
    String serialBefore = before.get("certificateSerial").asText();
    Instant validUntilBefore = Instant.parse(before.get("certificateValidUntil").asText());
    assertThat(validUntilBefore).isBefore(Instant.now().plus(Duration.ofDays(30)));

    town.stopKit();
    town.startKit();

    await("kit renewed its certificate")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> town.kitGet("/api/status").get("certificateSerial").asText(),
            serial -> !serial.equals(serialBefore));
    JsonNode after = town.kitGet("/api/status");
    assertThat(after.get("enrolled").asBoolean()).isTrue();
    // certificates carry whole seconds: a renewal in the same second keeps the same end date
    assertThat(Instant.parse(after.get("certificateValidUntil").asText()))
        .isAfterOrEqualTo(validUntilBefore);
    String onHub =
        town.hubContext()
            .getBean(JdbcTemplate.class)
            .queryForObject(
                "SELECT certificate_pem FROM kit WHERE kit_id = 'kit-07'", String.class);
    assertThat(Pki.certificateFromPem(onHub).getSerialNumber().toString(16))
        .isEqualTo(after.get("certificateSerial").asText());

    String caseId = capture();
    await("case signed with the new key acknowledged")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + caseId).get("status").asText(),
            "ACKNOWLEDGED"::equals);
  }

  private String capture() {
    var fields = new HashMap<>(VisitEndToEndIT.WEISS);
    Town.Reply reply =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", fields));
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("caseId").asText();
  }
}
