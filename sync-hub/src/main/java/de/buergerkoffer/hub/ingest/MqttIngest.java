package de.buergerkoffer.hub.ingest;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.transfer.NoDelaySockets;
import de.buergerkoffer.bundle.transfer.TransferQuery;
import de.buergerkoffer.hub.broker.BrokerConnected;
import de.buergerkoffer.hub.broker.BrokerEndpoint;
import de.buergerkoffer.hub.broker.Downlink;
import de.buergerkoffer.hub.config.BrokerSettings;
import de.buergerkoffer.hub.config.HubProperties;
import de.buergerkoffer.hub.enrollment.HubKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The hub's MQTT side: a persistent MQTT v5 session (QoS 1) subscribed to every kit's bundle topic.
 * Messages are worked off by a few {@link IngestWorkers} side by side (one bundle always on the
 * same worker) and acknowledged to the broker only once stored, in arrival order ({@link
 * InOrderAcks}), so a hub that dies mid-ingest gets every unstored bundle again; the signed ack
 * goes back on the kit's ack topic. While the broker is unreachable it keeps trying, with back-off.
 */
@Component
class MqttIngest implements SmartLifecycle, MqttCallback, Downlink, AckChannel {

  private static final Logger log = LoggerFactory.getLogger(MqttIngest.class);
  private static final long SESSION_EXPIRY_SECONDS = Duration.ofDays(7).toSeconds();
  private static final long ACK_EXPIRY_SECONDS = Duration.ofDays(30).toSeconds();
  private static final long MAX_RETRY_SECONDS = 30;

  /** How long a worker waits for room when the broker's receive maximum is reached. */
  private static final Duration PUBLISH_ROOM_WAIT = Duration.ofSeconds(5);

  private final IngestService ingest;
  private final MqttAsyncClient client;
  private final HubKeys keys;
  private final ApplicationEventPublisher events;
  private final ScheduledExecutorService connector =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hub-mqtt-connect"));
  private final IngestWorkers workers;
  private final int receiveMaximum;
  private final InOrderAcks pubacks = new InOrderAcks(this::acknowledgeToBroker);
  private volatile boolean running;
  private volatile IMqttToken connecting;
  private long retrySeconds = 1;

  MqttIngest(
      IngestService ingest,
      BrokerEndpoint broker,
      BrokerSettings mqtt,
      HubProperties hub,
      HubKeys keys,
      ApplicationEventPublisher events,
      @Value("${bk.hub.ingest.workers:4}") int workers,
      @Value("${bk.hub.ingest.receive-maximum:8}") int receiveMaximum)
      throws MqttException {
    this.ingest = ingest;
    this.receiveMaximum = receiveMaximum;
    this.workers = new IngestWorkers(workers);
    this.keys = keys;
    this.events = events;
    this.client =
        new MqttAsyncClient(
            broker.url(),
            mqtt.clientId(),
            // In memory: what the hub has in flight are answers (acks, status) and retained
            // orders. A lost answer is given again when the kit resends or asks; retained orders
            // are published again on every connection. Inbound chunks are acknowledged to the
            // broker only after they are stored, so nothing needs a file (saves an fsync per ack).
            new MemoryPersistence());
    this.client.setCallback(this);
    // PUBACK once a bundle is stored, not when Paho hands it over (see messageArrived)
    this.client.setManualAcks(true);
  }

  @Override
  public void start() {
    running = true;
    connector.execute(this::connect);
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
  public void stop() {
    running = false;
    connector.shutdownNow();
    // what is being worked on finishes and is acknowledged; what arrives now is left to the broker
    workers.close();
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

  @Override
  public boolean isRunning() {
    return running;
  }

  /** True while the hub holds a session with the broker. */
  boolean connected() {
    return client.isConnected();
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
    // Paho reads the broker's confirmations of our acks on the same thread that queues incoming
    // messages; more than ~10 bundles in flight made it drop acks ("too many publishes").
    options.setReceiveMaximum(receiveMaximum);
    options.setSocketFactory(NoDelaySockets.plain());
    if (client.getServerURI().startsWith("ssl://")) {
      // TLS with the hub's signing certificate as client certificate: the broker knows it as "hub"
      options.setSocketFactory(
          NoDelaySockets.tls(
              Pki.tlsClientContext(keys.signing(), keys.ca().certificate()).getSocketFactory()));
      options.setHttpsHostnameVerificationEnabled(true);
    }
    try {
      IMqttToken attempt = client.connect(options);
      connecting = attempt;
      attempt.waitForCompletion(15_000);
      retrySeconds = 1;
    } catch (MqttException e) {
      log.info(
          "MQTT broker {} not reachable ({}), retrying in {} s",
          client.getServerURI(),
          e.getMessage(),
          retrySeconds);
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
    log.info("Hub connected to MQTT broker {}", serverURI);
    try {
      client.subscribe(new String[] {Topics.ALL_CHUNKS, Topics.ALL_HELLOS}, new int[] {1, 1});
    } catch (MqttException e) {
      log.error("Cannot subscribe to the kits' topics", e);
    }
    events.publishEvent(new BrokerConnected(serverURI));
  }

  @Override
  public boolean publishRetained(String topic, byte[] payload) {
    if (!client.isConnected()) {
      return false;
    }
    MqttMessage message = new MqttMessage(payload);
    message.setQos(1);
    message.setRetained(true);
    try {
      client.publish(topic, message);
      return true;
    } catch (MqttException e) {
      log.warn("Retained message on {} not sent: {}", topic, e.getMessage());
      return false;
    }
  }

  @Override
  public void sendAck(String kitId, IngestService.SignedAck ack) {
    if (client.isConnected()) {
      publish(Topics.acks(kitId), ack.bytes(), ack.ack().bundleId());
    }
  }

  @Override
  public void disconnected(MqttDisconnectResponse response) {
    log.warn("Hub lost the MQTT broker: {}", response.getReasonString());
    pubacks.forget();
    if (running) {
      connector.execute(this::scheduleReconnect);
    }
  }

  @Override
  public void mqttErrorOccurred(MqttException exception) {
    log.warn("MQTT error", exception);
  }

  /**
   * Hands the message to its worker and returns at once, so Paho goes on reading. The broker gets
   * the PUBACK when the work is done; if it fails (the database, say), the hub starts a new session
   * and the broker delivers everything unacknowledged again.
   */
  @Override
  public void messageArrived(String topic, MqttMessage message) {
    if (!running) {
      return; // not acknowledged: the broker delivers it again to the next session
    }
    InOrderAcks.Arrival arrival = pubacks.arrived(message.getId(), message.getQos());
    workers.submit(
        laneOf(topic),
        () -> {
          try {
            handle(topic, message);
            pubacks.done(arrival);
          } catch (RuntimeException e) {
            log.error(
                "Message on {} not taken in; the broker will deliver it again: {}",
                topic,
                e.getMessage(),
                e);
            connector.execute(this::restartSession);
          }
        });
  }

  /** Chunks of one bundle, and one kit's questions, each stay on one worker. */
  private static Object laneOf(String topic) {
    var chunk = Topics.parseChunk(topic);
    if (chunk.isPresent()) {
      return chunk.get().bundleId();
    }
    return Topics.kitSegment(topic);
  }

  private void acknowledgeToBroker(int messageId, int qos) {
    try {
      client.messageArrivedComplete(messageId, qos);
    } catch (MqttException e) {
      // the session is gone; the broker delivers the message again, the hub stores it once
      log.debug("PUBACK {} not sent: {}", messageId, e.getMessage());
    }
  }

  /** Gives up the broker session so that everything not acknowledged is delivered again. */
  private void restartSession() {
    if (!running || !client.isConnected()) {
      return;
    }
    pubacks.forget();
    disconnectQuietly();
    scheduleReconnect();
  }

  private void handle(String topic, MqttMessage message) {
    var chunk = Topics.parseChunk(topic);
    if (chunk.isPresent()) {
      ingest
          .receiveChunk(chunk.get().kitId(), chunk.get().bundleId(), message.getPayload())
          .ifPresent(
              ack -> publish(Topics.acks(chunk.get().kitId()), ack.bytes(), ack.ack().bundleId()));
      return;
    }
    var helloKit = Topics.parseHello(topic);
    if (helloKit.isPresent()) {
      answerHello(helloKit.get(), message.getPayload());
      return;
    }
    ingest.quarantineUnaddressed(topic, message.getPayload());
  }

  private void answerHello(String kitId, byte[] payload) {
    TransferQuery query;
    try {
      query = WireJson.mapper().readValue(payload, TransferQuery.class);
    } catch (IOException | RuntimeException e) {
      log.warn("Unreadable transfer question from {}: {}", kitId, e.getMessage());
      return;
    }
    IngestService.HelloAnswer answer = ingest.answer(kitId, query);
    try {
      publish(
          Topics.transferStatus(kitId),
          WireJson.mapper().writeValueAsBytes(answer.status()),
          query.bundleId());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    answer.ack().ifPresent(ack -> publish(Topics.acks(kitId), ack.bytes(), query.bundleId()));
  }

  private void publish(String topic, byte[] payload, UUID correlation) {
    MqttMessage reply = new MqttMessage(payload);
    reply.setQos(1);
    MqttProperties properties = new MqttProperties();
    properties.setMessageExpiryInterval(ACK_EXPIRY_SECONDS);
    if (correlation != null) {
      properties.setCorrelationData(correlation.toString().getBytes(StandardCharsets.US_ASCII));
    }
    reply.setProperties(properties);
    long deadline = System.nanoTime() + PUBLISH_ROOM_WAIT.toNanos();
    while (true) {
      try {
        client.publish(topic, reply);
        return;
      } catch (MqttException e) {
        if (e.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT
            && System.nanoTime() < deadline
            && waitForRoom()) {
          continue; // as many answers in flight as the broker takes: wait for its PUBACKs
        }
        // the kit asks again or resends; the hub then answers again
        log.warn("Answer on {} not sent: {}", topic, e.getMessage());
        return;
      }
    }
  }

  private static boolean waitForRoom() {
    try {
      Thread.sleep(2);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void deliveryComplete(IMqttToken token) {
    // acks are fire-and-forget at QoS 1; a lost one is answered again on the kit's resend
  }

  @Override
  public void authPacketArrived(int reasonCode, MqttProperties properties) {
    // no enhanced authentication
  }
}
