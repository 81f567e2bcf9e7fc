package de.buergerkoffer.kit.sync;

import de.buergerkoffer.bundle.BundleFormat;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.transfer.Chunk;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import de.buergerkoffer.bundle.transfer.NoDelaySockets;
import de.buergerkoffer.bundle.transfer.TransferQuery;
import de.buergerkoffer.bundle.transfer.TransferStatus;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MqttDefaultFilePersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kit's MQTT v5 connection: a persistent session (clean start off, 7 days expiry) that
 * publishes bundles at QoS 1 and receives acks on the kit's own ack topic. Reconnects by itself
 * with back-off; the sync agent learns of each new connection to resend what waits for an ack.
 */
public final class MqttLink implements BundleTransport, MqttCallback, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MqttLink.class);
  private static final long SESSION_EXPIRY_SECONDS = Duration.ofDays(7).toSeconds();
  private static final long BUNDLE_EXPIRY_SECONDS = Duration.ofDays(7).toSeconds();
  private static final long MAX_RETRY_SECONDS = 30;
  private static final int CHUNKS_IN_FLIGHT = 8;
  private static final long PUBLISH_TIMEOUT_MILLIS = 60_000;
  private static final long HELLO_TIMEOUT_SECONDS = 30;

  private final String kitId;
  private final int chunkBytes;
  private final MqttAsyncClient client;
  private final Map<UUID, CompletableFuture<TransferStatus>> pendingQuestions =
      new ConcurrentHashMap<>();
  private final AtomicLong chunksPublished = new AtomicLong();
  private final ScheduledExecutorService connector =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kit-mqtt-connect"));
  private volatile Runnable onConnected = () -> {};
  private volatile Consumer<byte[]> onAck = bytes -> {};
  private volatile Consumer<byte[]> onCommand = bytes -> {};
  private volatile List<DownlinkListener> listeners = List.of();
  private final Supplier<Optional<KitIdentity>> identity;
  private volatile boolean running;
  private volatile IMqttToken connecting;
  private long retrySeconds = 1;

  public MqttLink(KitProperties properties, Supplier<Optional<KitIdentity>> identity)
      throws MqttException {
    this.identity = identity;
    this.kitId = properties.id();
    this.chunkBytes = properties.chunkBytes();
    this.client =
        new MqttAsyncClient(
            properties.brokerUrl(),
            "bk-kit-" + kitId,
            new MqttDefaultFilePersistence(properties.dataDir().resolve("mqtt").toString()));
    this.client.setCallback(this);
  }

  /**
   * Starts connecting; {@code onConnected} runs after every (re)connect, {@code onAck} per ack,
   * {@code onCommand} per signed order from the hub.
   */
  public void start(
      Runnable onConnected,
      Consumer<byte[]> onAck,
      Consumer<byte[]> onCommand,
      List<DownlinkListener> listeners) {
    this.listeners = List.copyOf(listeners);
    this.onConnected = onConnected;
    this.onAck = onAck;
    this.onCommand = onCommand;
    running = true;
    connector.execute(this::connect);
  }

  @Override
  public boolean connected() {
    return client.isConnected();
  }

  /**
   * Publishes the bundle's chunks at QoS 1, at most {@value #CHUNKS_IN_FLIGHT} unconfirmed by the
   * broker at a time. A bundle of more than one chunk starts with a question to the hub which
   * chunks it already holds, so a transfer broken off by a dropped connection resumes where it
   * stopped instead of starting over.
   */
  @Override
  public boolean send(String kitId, UUID bundleId, byte[] sealed) {
    if (!client.isConnected()) {
      return false;
    }
    List<Chunk> chunks = ChunkCodec.split(bundleId, sealed, chunkBytes);
    Optional<TransferStatus> status =
        chunks.size() > 1 ? askHub(bundleId) : Optional.<TransferStatus>empty();
    if (status.map(TransferStatus::stored).orElse(false)) {
      // the hub has the whole bundle: its signed ack is on the way, nothing to send again
      log.info("Bundle {} is already stored at the hub; waiting for its ack", bundleId);
      return true;
    }
    Set<Integer> held = status.map(s -> Set.copyOf(s.held())).orElse(Set.of());
    Deque<IMqttToken> inFlight = new ArrayDeque<>();
    try {
      for (Chunk chunk : chunks) {
        if (held.contains(chunk.index())) {
          continue;
        }
        if (inFlight.size() >= CHUNKS_IN_FLIGHT) {
          inFlight.removeFirst().waitForCompletion(PUBLISH_TIMEOUT_MILLIS);
        }
        inFlight.addLast(
            client.publish(Topics.chunk(kitId, bundleId, chunk.index()), message(chunk)));
        chunksPublished.incrementAndGet();
      }
      while (!inFlight.isEmpty()) {
        inFlight.removeFirst().waitForCompletion(PUBLISH_TIMEOUT_MILLIS);
      }
      return true;
    } catch (MqttException e) {
      log.info("Bundle {} not fully handed to the broker: {}", bundleId, e.getMessage());
      return false;
    }
  }

  /**
   * How many chunks this link has published since it was created; for tests and the status page.
   */
  public long chunksPublished() {
    return chunksPublished.get();
  }

  private MqttMessage message(Chunk chunk) {
    MqttMessage message = new MqttMessage(ChunkCodec.encode(chunk));
    message.setQos(1);
    MqttProperties properties = new MqttProperties();
    properties.setMessageExpiryInterval(BUNDLE_EXPIRY_SECONDS);
    properties.setResponseTopic(Topics.acks(kitId));
    properties.setUserProperties(
        List.of(
            new UserProperty("bk-format", BundleFormat.version()),
            new UserProperty("bk-chunk", (chunk.index() + 1) + "/" + chunk.count())));
    message.setProperties(properties);
    return message;
  }

  /** Asks the hub which chunks it holds; empty when it does not answer in time. */
  private Optional<TransferStatus> askHub(UUID bundleId) {
    CompletableFuture<TransferStatus> answer = new CompletableFuture<>();
    pendingQuestions.put(bundleId, answer);
    try {
      MqttMessage question =
          new MqttMessage(WireJson.mapper().writeValueAsBytes(new TransferQuery(bundleId)));
      question.setQos(1);
      client.publish(Topics.hello(kitId), question);
      TransferStatus status = answer.get(HELLO_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!status.held().isEmpty()) {
        log.info("Resuming bundle {}: hub holds {} chunk(s)", bundleId, status.held().size());
      }
      return Optional.of(status);
    } catch (MqttException | IOException | ExecutionException | TimeoutException e) {
      log.debug("No transfer status for {}: {}", bundleId, e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      pendingQuestions.remove(bundleId);
    }
  }

  private void connect() {
    if (!running || client.isConnected()) {
      return;
    }
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(false);
    options.setSessionExpiryInterval(SESSION_EXPIRY_SECONDS);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout(10);
    options.setKeepAliveInterval(30);
    options.setSocketFactory(NoDelaySockets.plain());
    if (client.getServerURI().startsWith("ssl://")) {
      // TLS with the kit's own certificate: the broker knows the kit by its certificate's name
      Optional<KitIdentity> id = identity.get();
      if (id.isEmpty()) {
        scheduleReconnect();
        return;
      }
      options.setSocketFactory(
          NoDelaySockets.tls(
              Pki.tlsClientContext(id.get().kit(), id.get().ca()).getSocketFactory()));
      options.setHttpsHostnameVerificationEnabled(true);
    }
    try {
      IMqttToken attempt = client.connect(options);
      connecting = attempt;
      attempt.waitForCompletion(15_000);
      retrySeconds = 1;
    } catch (MqttException e) {
      log.debug("Broker {} not reachable: {}", client.getServerURI(), e.getMessage());
      scheduleReconnect();
    }
  }

  private void scheduleReconnect() {
    if (!running) {
      return;
    }
    long delay = retrySeconds;
    retrySeconds = Math.min(MAX_RETRY_SECONDS, retrySeconds * 2);
    connector.schedule(this::connect, delay, TimeUnit.SECONDS);
  }

  @Override
  public void connectComplete(boolean reconnect, String serverURI) {
    if (!running) {
      // a connect that was under way when we shut down must not live on as a second session
      new Thread(this::disconnectQuietly, "mqtt-late-disconnect").start();
      return;
    }
    log.info("Kit {} online: connected to {}", kitId, serverURI);
    try {
      List<String> topics =
          new ArrayList<>(
              List.of(Topics.acks(kitId), Topics.transferStatus(kitId), Topics.commands(kitId)));
      listeners.forEach(listener -> topics.add(listener.topic().apply(kitId)));
      int[] qos = new int[topics.size()];
      Arrays.fill(qos, 1);
      client.subscribe(topics.toArray(String[]::new), qos);
    } catch (MqttException e) {
      log.error("Cannot subscribe to acks", e);
    }
    onConnected.run();
  }

  @Override
  public void disconnected(MqttDisconnectResponse response) {
    log.info("Kit {} offline: {}", kitId, response.getReasonString());
    if (running) {
      connector.execute(this::scheduleReconnect);
    }
  }

  @Override
  public void mqttErrorOccurred(MqttException exception) {
    log.warn("MQTT error", exception);
  }

  @Override
  public void messageArrived(String topic, MqttMessage message) {
    if (topic.equals(Topics.transferStatus(kitId))) {
      try {
        TransferStatus status =
            WireJson.mapper().readValue(message.getPayload(), TransferStatus.class);
        CompletableFuture<TransferStatus> waiting = pendingQuestions.get(status.bundleId());
        if (waiting != null) {
          waiting.complete(status);
        }
      } catch (IOException e) {
        log.warn("Unreadable transfer status from the hub: {}", e.getMessage());
      }
      return;
    }
    if (topic.equals(Topics.commands(kitId))) {
      onCommand.accept(message.getPayload());
      return;
    }
    for (DownlinkListener listener : listeners) {
      if (topic.equals(listener.topic().apply(kitId))) {
        try {
          listener.onMessage().accept(message.getPayload());
        } catch (RuntimeException e) {
          log.warn("Message on {} not taken: {}", topic, e.getMessage(), e);
        }
        return;
      }
    }
    onAck.accept(message.getPayload());
  }

  @Override
  public void deliveryComplete(IMqttToken token) {
    // delivery to the broker is not delivery to the hub: only the signed ack counts
  }

  @Override
  public void authPacketArrived(int reasonCode, MqttProperties properties) {
    // no enhanced authentication
  }

  private void disconnectQuietly() {
    try {
      if (client.isConnected()) {
        client.disconnect().waitForCompletion(5_000);
      }
    } catch (MqttException e) {
      log.debug("MQTT client did not disconnect cleanly", e);
    }
  }

  @Override
  public void close() {
    running = false;
    connector.shutdownNow();
    IMqttToken attempt = connecting;
    if (attempt != null) {
      try {
        attempt.waitForCompletion(15_000);
      } catch (MqttException e) {
        // the attempt failed: nothing to disconnect
      }
    }
    disconnectQuietly();
    try {
      client.close();
    } catch (MqttException e) {
      log.debug("MQTT client did not close cleanly", e);
    }
  }
}
