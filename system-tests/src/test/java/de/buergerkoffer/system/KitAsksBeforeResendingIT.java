package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.bundle.transfer.TransferQuery;
import de.buergerkoffer.bundle.transfer.TransferStatus;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.sync.MqttLink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * The kit's MQTT link over a real broker, with a stand-in hub that answers the kit's question which
 * chunks of a bundle it holds: the kit sends only what the hub lacks, and nothing at all for a
 * bundle the hub already stored (its ack is on the way).
 */
class KitAsksBeforeResendingIT {

  private static final String KIT = "kit-ask";
  private static final int CHUNK_BYTES = 1_000;

  @TempDir Path dir;
  private TestBroker broker;
  private MqttClient hub;
  private MqttLink link;
  private final List<Integer> chunksAtHub = new CopyOnWriteArrayList<>();
  private final List<UUID> questions = new CopyOnWriteArrayList<>();
  private volatile TransferStatus answer;

  @BeforeEach
  void startBrokerHubAndKit() throws Exception {
    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
    hub = new MqttClient(broker.url(), "stand-in-hub", new MemoryPersistence());
    hub.connect(new MqttConnectionOptions());
    hub.subscribe(
        new MqttSubscription[] {
          new MqttSubscription(Topics.hello(KIT), 1),
          new MqttSubscription("bk/v1/kit/" + KIT + "/up/bundle/#", 1)
        },
        new IMqttMessageListener[] {this::answerQuestion, this::countChunk});

    link = new MqttLink(properties(), Optional::empty);
    CountDownLatch online = new CountDownLatch(1);
    link.start(online::countDown, ack -> {}, command -> {}, List.of());
    assertThat(online.await(30, TimeUnit.SECONDS)).as("kit connected").isTrue();
  }

  @AfterEach
  void stopAll() throws Exception {
    link.close();
    hub.disconnect();
    hub.close();
    broker.close();
  }

  @Test
  void aBundleTheHubAlreadyStoredIsNotSentAgain() throws Exception {
    UUID bundle = UUID.randomUUID();
    answer = new TransferStatus(bundle, List.of(), true);

    boolean handedOver = link.send(KIT, bundle, sealed(3_500));

    assertThat(handedOver).as("the kit counts the bundle as on its way").isTrue();
    assertThat(questions).containsExactly(bundle);
    assertThat(link.chunksPublished()).isZero();
    assertThat(chunksAtHub).isEmpty();
  }

  @Test
  void onlyTheChunksTheHubLacksAreSent() throws Exception {
    UUID bundle = UUID.randomUUID();
    answer = new TransferStatus(bundle, List.of(0, 2), false);

    boolean handedOver = link.send(KIT, bundle, sealed(3_500));

    assertThat(handedOver).isTrue();
    assertThat(link.chunksPublished()).isEqualTo(2);
    await().atMost(Duration.ofSeconds(10)).until(() -> chunksAtHub.size() == 2);
    assertThat(chunksAtHub).containsExactlyInAnyOrder(1, 3);
  }

  @Test
  void aHubThatHoldsNothingGetsEveryChunk() throws Exception {
    UUID bundle = UUID.randomUUID();
    answer = new TransferStatus(bundle, List.of(), false);

    assertThat(link.send(KIT, bundle, sealed(3_500))).isTrue();

    await().atMost(Duration.ofSeconds(10)).until(() -> chunksAtHub.size() == 4);
    assertThat(chunksAtHub).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  private void answerQuestion(String topic, MqttMessage message) throws Exception {
    TransferQuery query = WireJson.mapper().readValue(message.getPayload(), TransferQuery.class);
    questions.add(query.bundleId());
    MqttMessage reply = new MqttMessage(WireJson.mapper().writeValueAsBytes(answer));
    reply.setQos(1);
    // answered from another thread: Paho does not publish from inside a message callback
    new Thread(
            () -> {
              try {
                hub.publish(Topics.transferStatus(KIT), reply);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .start();
  }

  private void countChunk(String topic, MqttMessage message) {
    chunksAtHub.add(Topics.parseChunk(topic).orElseThrow().index());
  }

  private static byte[] sealed(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private KitProperties properties() {
    return new KitProperties(
        KIT,
        "ASK1",
        dir.resolve("kit"),
        "test-passphrase",
        null,
        null,
        broker.url(),
        4,
        Duration.ofSeconds(30),
        CHUNK_BYTES,
        1_000_000,
        5_000_000,
        null,
        null,
        null,
        Duration.ofDays(1),
        Duration.ofMinutes(15));
  }
}
