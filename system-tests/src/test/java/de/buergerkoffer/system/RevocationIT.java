package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit is reported stolen. The admin revokes it: what it sent before stays valid, anything it
 * sends afterwards is quarantined as "revoked signer", and when it comes online it receives the
 * hub's signed wipe order and erases its cases and keys.
 */
class RevocationIT {

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
  void aRevokedKitIsQuarantinedAndWipesItselfWhenItComesOnline() throws Exception {
    String before = capture("Weiß");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + before).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    broker.stop();
    String after = capture("Müller");
    await("sealed while offline")
        .atMost(Duration.ofSeconds(30))
        .until(() -> sealedBundle(after) != null);
    byte[] sealedAfter = sealedBundle(after);
    UUID bundleAfter = bundleId(after);

    Town.Reply revoked =
        town.hubPost("/api/kits/kit-07/revoke", Map.of("reason", "Koffer gestohlen"));
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(town.hubGet("/api/kits").get(0).get("revokedAt").isNull()).isFalse();

    broker.start();

    await("kit wiped itself")
        .atMost(Duration.ofSeconds(60))
        .until(() -> town.kitContext().getBean(KitEnrollment.class).wiped());
    assertThat(Files.exists(dir.resolve("kit/keys"))).isFalse();
    assertThat(rows("captured_case")).isZero();
    assertThat(rows("case_attachment")).isZero();
    assertThat(town.kitContext().getBean(KitEnrollment.class).identity()).isEmpty();
    // the clerks' names and PIN hashes are gone with it: nobody can log in any more
    assertThat(rows("kit_clerk")).isZero();
    assertThat(town.get(town.kitUrl() + "/api/status").status()).isEqualTo(401);

    // what the stolen kit sends now (here: replayed by whoever holds it) is held for review
    publish(bundleAfter, sealedAfter);
    await("quarantined as revoked signer")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                town.hubGet("/api/quarantine").findValues("reason").stream()
                    .anyMatch(r -> r.asText().equals("REVOKED_SIGNER")));
    // what it sent before the revocation stays valid
    assertThat(town.hubGet("/api/cases/" + before).get("fields").get("familyName").asText())
        .isEqualTo("Weiß");
    assertThat(town.hubGet("/api/cases").size()).isEqualTo(1);
  }

  private void publish(UUID bundleId, byte[] sealed) throws Exception {
    MqttClient client = new MqttClient(broker.url(), "replay", new MemoryPersistence());
    client.connect(new MqttConnectionOptions());
    for (var chunk : ChunkCodec.split(bundleId, sealed, ChunkCodec.DEFAULT_CHUNK_BYTES)) {
      MqttMessage message = new MqttMessage(ChunkCodec.encode(chunk));
      message.setQos(1);
      client.publish(Topics.chunk("kit-07", bundleId, chunk.index()), message);
    }
    client.disconnect();
    client.close();
  }

  private String capture(String familyName) {
    var fields = new HashMap<>(VisitEndToEndIT.WEISS);
    fields.put("familyName", familyName);
    Town.Reply reply =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", fields));
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("caseId").asText();
  }

  private byte[] sealedBundle(String caseId) throws Exception {
    return query("SELECT sealed FROM outbox WHERE case_id = '" + caseId + "'", 1);
  }

  private UUID bundleId(String caseId) throws Exception {
    return UUID.fromString(
        new String(query("SELECT bundle_id FROM outbox WHERE case_id = '" + caseId + "'", 1)));
  }

  private byte[] query(String sql, int column) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + town.kitDatabase());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getBytes(column) : null;
    }
  }

  private int rows(String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + town.kitDatabase());
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      return rs.getInt(1);
    }
  }
}
