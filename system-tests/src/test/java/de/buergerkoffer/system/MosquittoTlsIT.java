package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The town hall's broker configuration ({@code scripts/broker/mosquitto.conf}) on a real Mosquitto:
 * TLS with client certificates from the hub CA and the hub-generated ACL. Only port and folders
 * differ from the shipped file.
 */
class MosquittoTlsIT {

  @TempDir Path dir;
  private Process mosquitto;
  private Path config;
  private int port;
  private Town town;

  @BeforeEach
  void startHubThenMosquittoWithTheProjectConfiguration() throws Exception {
    port = TestBroker.freePort();
    Path brokerDir = dir.resolve("broker");
    config = brokerDir.resolve("mosquitto.conf");
    // Mosquitto re-reads its ACL on SIGHUP; the pid file is written once the process runs
    String reload = "kill -HUP $(cat " + brokerDir.resolve("pid") + ")";
    town =
        new Town(dir, "ssl://localhost:" + port)
            .withHubArgs(
                Map.of(
                    "bk.hub.broker.tls-dir", brokerDir.toString(),
                    "bk.hub.broker.acl-file", brokerDir.resolve("acl").toString(),
                    "bk.hub.broker.reload-command", reload));
    town.startHub();
    await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(brokerDir.resolve("acl")));
    mosquitto = startMosquitto(brokerDir);
  }

  @AfterEach
  void stop() throws Exception {
    Path log = dir.resolve("broker/mosquitto.log");
    if (Files.exists(log)) {
      System.out.println("---- mosquitto.log\n" + Files.readString(log));
      System.out.println("---- acl\n" + Files.readString(dir.resolve("broker/acl")));
    }
    town.close();
    if (mosquitto != null) {
      mosquitto.destroy();
      mosquitto.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void anEnrolledKitSyncsOverTlsAndOthersAreKeptToTheirOwnTopics() throws Exception {
    town.startKit();
    town.awaitKitEnrolled();
    String caseId = capture("Weiß");
    await("synced over TLS through Mosquitto")
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> town.kitGet("/api/cases/" + caseId).get("status").asText(),
            "ACKNOWLEDGED"::equals);

    // a client without a certificate is refused
    assertThatThrownBy(() -> connect("no-cert", null)).isInstanceOf(MqttException.class);

    // kit B, properly enrolled, may not publish under kit A's topics nor read A's acks
    Credential kitB = enroll("kit-08");
    await("ACL reloaded with kit-08")
        .atMost(Duration.ofSeconds(20))
        .until(() -> Files.readString(dir.resolve("broker/acl")).contains("user kit-08"));
    await("Mosquitto reloaded its ACL")
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Files.readString(dir.resolve("broker/mosquitto.log")).contains("Reloading config"));
    MqttClient b = connect("kit-08", kitB);
    List<byte[]> stolen = new CopyOnWriteArrayList<>();
    IMqttToken sub =
        b.subscribe(
            new MqttSubscription[] {new MqttSubscription(Topics.acks("kit-07"), 1)},
            new IMqttMessageListener[] {(t, m) -> stolen.add(m.getPayload())});
    // Mosquitto 2.0 grants the subscription but never delivers what the ACL denies: see below
    assertThat(sub.isComplete()).isTrue();

    UUID forged = UUID.randomUUID();
    MqttMessage chunk =
        new MqttMessage(ChunkCodec.encode(ChunkCodec.split(forged, new byte[100], 1000).get(0)));
    chunk.setQos(1);
    b.publish(Topics.chunk("kit-07", forged, 0), chunk);

    String second = capture("Müller");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + second).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    assertThat(stolen).isEmpty();
    assertThat(town.hubGet("/api/quarantine").size()).isZero();
    assertThat(town.hubGet("/api/cases").size()).isEqualTo(2);
    b.disconnect();
    b.close();
  }

  private Process startMosquitto(Path brokerDir) throws IOException {
    Path root = Path.of(System.getProperty("bk.project.root", "..")).toAbsolutePath();
    Path shipped = root.resolve("scripts/broker/mosquitto.conf");
    String text =
        Files.readString(shipped)
            .replace("listener 8883 0.0.0.0", "listener " + port + " 127.0.0.1")
            .replace("/etc/buergerkoffer/broker", brokerDir.toString())
            .replace("/var/lib/mosquitto/", brokerDir.resolve("data").toString() + "/");
    Files.createDirectories(brokerDir.resolve("data"));
    if ("root".equals(System.getProperty("user.name"))) {
      // run as root in the test sandbox: Mosquitto would otherwise drop to a user that cannot
      // read the hub's root-owned key file
      text = text + "\nuser root\n";
    }
    // a file log is flushed per line; stdout into a file is not
    text = text + "log_dest file " + brokerDir.resolve("mosquitto.log") + "\n";
    Files.writeString(config, text);
    Path binary = TestBroker.Mosquitto.findMosquitto();
    Process process =
        new ProcessBuilder(binary.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(brokerDir.resolve("mosquitto.out").toFile())
            .start();
    await("mosquitto listening")
        .atMost(Duration.ofSeconds(15))
        .until(() -> TestBroker.listening(port) || !process.isAlive());
    assertThat(process.isAlive()).as(Files.readString(brokerDir.resolve("mosquitto.out"))).isTrue();
    Files.writeString(brokerDir.resolve("pid"), Long.toString(process.pid()));
    return process;
  }

  private Credential enroll(String kitId) {
    KeyPair keys = Pki.newKeyPair();
    town.addEnrollmentToken("token-" + kitId);
    Town.Reply reply =
        town.hubPost(
            "/api/enrollment",
            Map.of("token", "token-" + kitId, "csrPem", Pki.createCsr(keys, kitId, Role.KIT)));
    assertThat(reply.status()).isEqualTo(200);
    return new Credential(
        keys.getPrivate(),
        Pki.certificateFromPem(reply.json().get("kitCertificatePem").asText()),
        List.of(Pki.certificateFromPem(reply.json().get("caCertificatePem").asText())));
  }

  private MqttClient connect(String clientId, Credential credential) throws Exception {
    MqttClient client =
        new MqttClient("ssl://localhost:" + port, clientId, new MemoryPersistence());
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setConnectionTimeout(10);
    var ca = Pki.certificateFromPem(Files.readString(dir.resolve("broker/ca.pem")));
    if (credential != null) {
      options.setSocketFactory(Pki.tlsClientContext(credential, ca).getSocketFactory());
    } else {
      var anonymous = javax.net.ssl.SSLContext.getInstance("TLS");
      var trust = java.security.KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("ca", ca);
      var tmf = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
      tmf.init(trust);
      anonymous.init(null, tmf.getTrustManagers(), null);
      options.setSocketFactory(anonymous.getSocketFactory());
    }
    client.connect(options);
    return client;
  }

  private String capture(String familyName) {
    var fields = new HashMap<>(VisitEndToEndIT.WEISS);
    fields.put("familyName", familyName);
    Town.Reply reply =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", fields));
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("caseId").asText();
  }
}
