package de.buergerkoffer.kit.sync;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.kit.config.KitProperties;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MqttDefaultFilePersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
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

  private final String kitId;
  private final MqttAsyncClient client;
  private final ScheduledExecutorService connector =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kit-mqtt-connect"));
  private volatile Runnable onConnected = () -> {};
  private volatile Consumer<byte[]> onAck = bytes -> {};
  private volatile boolean running;
  private long retrySeconds = 1;

  public MqttLink(KitProperties properties) throws MqttException {
    this.kitId = properties.id();
    this.client =
        new MqttAsyncClient(
            properties.brokerUrl(),
            "bk-kit-" + kitId,
            new MqttDefaultFilePersistence(properties.dataDir().resolve("mqtt").toString()));
    this.client.setCallback(this);
  }

  /** Starts connecting; {@code onConnected} runs after every (re)connect, {@code onAck} per ack. */
  public void start(Runnable onConnected, Consumer<byte[]> onAck) {
    this.onConnected = onConnected;
    this.onAck = onAck;
    running = true;
    connector.execute(this::connect);
  }

  @Override
  public boolean connected() {
    return client.isConnected();
  }

  @Override
  public boolean send(String kitId, UUID bundleId, byte[] sealed) {
    if (!client.isConnected()) {
      return false;
    }
    MqttMessage message = new MqttMessage(sealed);
    message.setQos(1);
    MqttProperties properties = new MqttProperties();
    properties.setMessageExpiryInterval(BUNDLE_EXPIRY_SECONDS);
    properties.setResponseTopic(Topics.acks(kitId));
    message.setProperties(properties);
    try {
      client.publish(Topics.bundle(kitId, bundleId), message);
      return true;
    } catch (MqttException e) {
      log.info("Bundle {} not handed to the broker: {}", bundleId, e.getMessage());
      return false;
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
    try {
      client.connect(options).waitForCompletion(15_000);
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
    log.info("Kit {} online: connected to {}", kitId, serverURI);
    try {
      client.subscribe(Topics.acks(kitId), 1);
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

  @Override
  public void close() {
    running = false;
    connector.shutdownNow();
    try {
      if (client.isConnected()) {
        client.disconnect().waitForCompletion(5_000);
      }
      client.close();
    } catch (MqttException e) {
      log.debug("MQTT client did not close cleanly", e);
    }
  }
}
