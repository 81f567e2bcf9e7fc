package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20 MB case over a link that drops in the middle: the kit resumes where the transfer broke off
 * and sends only the chunks the hub lacks. Also measures bytes on the wire per payload byte.
 */
class LargeBundleResumeIT {

  static final int SCAN_BYTES = 20_000_000;

  @TempDir Path dir;
  private TestBroker broker;
  private CuttingProxy link;
  private Town town;
  private MqttClient spy;
  private final List<Integer> chunksSeen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startTownBehindAFlakyLink() throws Exception {
    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
    link = new CuttingProxy(broker.port);
    town = new Town(dir, broker);
    town.startHub();
    spy = new MqttClient(broker.url(), "test-chunk-spy", new MemoryPersistence());
    spy.connect(new MqttConnectionOptions());
    spy.subscribe(
        new MqttSubscription[] {new MqttSubscription("bk/v1/kit/kit-07/up/bundle/#", 1)},
        new IMqttMessageListener[] {
          (topic, message) -> chunksSeen.add(Topics.parseChunk(topic).orElseThrow().index())
        });
  }

  @AfterEach
  void stopTown() throws Exception {
    spy.disconnect();
    spy.close();
    town.close();
    link.close();
    broker.close();
  }

  @Test
  void aTwentyMegabyteCaseResumesAfterTheLinkDropsWithoutResendingHeldChunks() throws Exception {
    byte[] scan = new byte[SCAN_BYTES];
    new Random(20).nextBytes(scan);
    link.cutWhenUpstreamReaches(SCAN_BYTES * 2L / 5);
    town.startKit(link.url());
    town.awaitKitEnrolled();

    Town.Reply created =
        town.kitPost(
            "/api/cases",
            Map.of(
                "formId",
                "meldebescheinigung",
                "fields",
                VisitEndToEndIT.WEISS,
                "attachments",
                List.of(
                    Map.of(
                        "name",
                        "scan-1.pdf",
                        "base64",
                        Base64.getEncoder().encodeToString(scan)))));
    assertThat(created.status()).isEqualTo(201);
    String caseId = created.json().get("caseId").asText();

    await("case acknowledged after the drop")
        .atMost(Duration.ofSeconds(180))
        .until(
            () -> town.kitGet("/api/cases/" + caseId).get("status").asText(),
            "ACKNOWLEDGED"::equals);

    byte[] atHub = download(town.hubUrl() + "/api/cases/" + caseId + "/attachments/scan-1.pdf");
    assertThat(Pki.sha256Hex(atHub)).isEqualTo(Pki.sha256Hex(scan));
    int chunkCount = (int) chunksSeen.stream().distinct().count();
    int resent = chunksSeen.size() - chunkCount;
    assertThat(chunkCount).isGreaterThanOrEqualTo(SCAN_BYTES / ChunkCodec.DEFAULT_CHUNK_BYTES);
    assertThat(resent).as("chunks sent twice, of %d", chunkCount).isLessThanOrEqualTo(8);
    double overhead = (double) link.upstreamBytes() / SCAN_BYTES;
    System.out.printf(
        "Wire: %d bytes up for a %d byte scan (%.4f bytes per payload byte), %d chunks, %d resent%n",
        link.upstreamBytes(), SCAN_BYTES, overhead, chunkCount, resent);
    // what was in flight when the link dropped (at most 8 chunks) went up once for nothing
    assertThat(overhead).isLessThan(1.0 + 0.02 + (double) (resent + 8) / chunkCount);
  }

  private static byte[] download(String url) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", Town.staffBasicAuth())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
