package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.transfer.Chunk;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the broker may do to a bundle on the way: deliver it twice, or deliver damaged bytes. The
 * hub must store a case once and never drop anything, and every answer must be a signed ack.
 */
class RedeliveryIT {

  @TempDir Path dir;
  private TestBroker broker;
  private Town town;
  private MqttClient spy;
  private final List<byte[]> acks = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startTownAndSyncOneCase() throws Exception {
    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
    town = new Town(dir, broker);
    town.startHub();
    town.startKit();
    spy = new MqttClient(broker.url(), "test-spy", new MemoryPersistence());
    spy.connect(new MqttConnectionOptions());
    // the array form: Paho 1.2.5's subscribe(String, int, listener) recurses endlessly
    spy.subscribe(
        new MqttSubscription[] {new MqttSubscription(Topics.acks("kit-07"), 1)},
        new IMqttMessageListener[] {(topic, message) -> acks.add(message.getPayload())});
  }

  @AfterEach
  void stopTown() throws Exception {
    spy.disconnect();
    spy.close();
    town.close();
    broker.close();
  }

  @Test
  void theSameBundleDeliveredTwiceIsStoredOnceAndAcknowledgedEachTime() throws Exception {
    String caseId = captureAndAwaitAcknowledged();
    Sent sent = sentBundle(caseId);
    int acksBefore = acksFor(sent.bundleId()).size();

    publish(sent.bundleId(), sent.bytes());
    publish(sent.bundleId(), sent.bytes());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> acksFor(sent.bundleId()).size() >= acksBefore + 2);
    for (Ack ack : acksFor(sent.bundleId())) {
      assertThat(ack.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
      assertThat(ack.bundleId()).isEqualTo(sent.bundleId());
      assertThat(ack.sha256()).isEqualTo(Pki.sha256Hex(sent.bytes()));
    }
    assertThat(town.hubGet("/api/cases").size()).isEqualTo(1);
    assertThat(town.hubGet("/api/quarantine").size()).isZero();
  }

  @Test
  void aDamagedBundleIsQuarantinedWithItsReasonAndAnsweredWithASignedRefusal() throws Exception {
    String caseId = captureAndAwaitAcknowledged();
    Sent sent = sentBundle(caseId);
    byte[] damaged = sent.bytes().clone();
    damaged[damaged.length / 2] ^= 0x40;
    UUID bundleId = UUID.randomUUID();

    publish(bundleId, damaged);

    await().atMost(Duration.ofSeconds(30)).until(() -> !acksFor(bundleId).isEmpty());
    Ack refusal = acksFor(bundleId).get(0);
    assertThat(refusal.outcome()).isEqualTo(Ack.Outcome.REJECTED);
    assertThat(refusal.bundleId()).isEqualTo(bundleId);
    assertThat(refusal.reason()).isIn(RejectReason.DECRYPTION_FAILED, RejectReason.MALFORMED);
    var quarantined = town.hubGet("/api/quarantine");
    assertThat(quarantined.size()).isEqualTo(1);
    assertThat(quarantined.get(0).get("sha256").asText()).isEqualTo(Pki.sha256Hex(damaged));
    assertThat(quarantined.get(0).get("sizeBytes").asLong()).isEqualTo(damaged.length);
    assertThat(town.hubGet("/api/cases").size()).isEqualTo(1);
  }

  /** The verified acks seen so far for one bundle (the kit's own resends may add others). */
  private List<Ack> acksFor(UUID bundleId) throws Exception {
    List<Ack> result = new java.util.ArrayList<>();
    for (byte[] signed : acks) {
      Ack ack = AckCodec.verify(signed, hubCa(), Instant.now());
      if (ack.bundleId().equals(bundleId)) {
        result.add(ack);
      }
    }
    return result;
  }

  private String captureAndAwaitAcknowledged() {
    Town.Reply reply =
        town.kitPost(
            "/api/cases", Map.of("formId", "meldebescheinigung", "fields", VisitEndToEndIT.WEISS));
    String caseId = reply.json().get("caseId").asText();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + caseId).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    return caseId;
  }

  private record Sent(UUID bundleId, byte[] bytes) {}

  private Sent sentBundle(String caseId) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + town.kitDatabase());
        var statement =
            c.prepareStatement("SELECT bundle_id, sealed FROM outbox WHERE case_id = ?")) {
      statement.setString(1, caseId);
      try (ResultSet rs = statement.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return new Sent(UUID.fromString(rs.getString(1)), rs.getBytes(2));
      }
    }
  }

  /** Publishes a bundle the way a kit does: in chunks on the kit's chunk topics. */
  private void publish(UUID bundleId, byte[] bytes) throws Exception {
    for (Chunk chunk : ChunkCodec.split(bundleId, bytes, ChunkCodec.DEFAULT_CHUNK_BYTES)) {
      MqttMessage message = new MqttMessage(ChunkCodec.encode(chunk));
      message.setQos(1);
      spy.publish(Topics.chunk("kit-07", bundleId, chunk.index()), message);
    }
  }

  private X509Certificate hubCa() throws Exception {
    String pem = Files.readString(dir.resolve("kit/keys/hub-certificates.pem"));
    return Pki.certificatesFromPem(pem).stream()
        .filter(cert -> Pki.role(cert) == de.buergerkoffer.bundle.crypto.Role.CA)
        .findFirst()
        .orElseThrow();
  }
}
