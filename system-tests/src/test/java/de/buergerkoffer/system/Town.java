package de.buergerkoffer.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.hub.HubApplication;
import de.buergerkoffer.kit.KitApplication;
import de.buergerkoffer.kit.clerks.ClerkDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small town for a test: one hub and one kit, each a real Spring Boot app on its own SQLite
 * files, talking through a real broker. The kit can be stopped and started again on the same data
 * folder, as after a power cut.
 */
final class Town implements AutoCloseable {

  static final String TOKEN = "test-enrollment-token";

  /** The clerk every town has from the start (created on the hub before any kit enrolls). */
  static final String CLERK_USERNAME = "mueller";

  static final String CLERK_PIN = "135790";

  static final String CLERK_DISPLAY_NAME = "Frau Müller";

  /** The hub's staff admin (bootstrap account); hub API calls use it with HTTP Basic. */
  static final String ADMIN = "admin";

  static final String ADMIN_PASSWORD = "town-admin-pass";

  private final Path root;
  private final String brokerUrl;
  private Map<String, String> extraHubArgs = Map.of();
  private final HttpClient http = HttpClient.newHttpClient();
  private ConfigurableApplicationContext hub;
  private ConfigurableApplicationContext kit;

  Town(Path root, TestBroker broker) {
    this(root, broker.url());
  }

  /** A town whose hub and kit use the broker at {@code brokerUrl}. */
  Town(Path root, String brokerUrl) {
    this.root = root;
    this.brokerUrl = brokerUrl;
  }

  /** Further hub settings, e.g. for broker access management. */
  Town withHubArgs(Map<String, String> args) {
    this.extraHubArgs = Map.copyOf(args);
    return this;
  }

  void startHub() {
    hub = HubApplication.builder().run(args(hubArgs()));
  }

  private Map<String, String> hubArgs() {
    Map<String, String> args = new HashMap<>(extraHubArgs);
    args.put("server.port", "0");
    args.put("bk.hub.data-dir", root.resolve("hub").toString());
    args.put("bk.hub.bootstrap-token", TOKEN);
    args.put("bk.hub.bootstrap-clerk", CLERK_USERNAME + ":" + CLERK_PIN + ":" + CLERK_DISPLAY_NAME);
    args.put("bk.hub.bootstrap-admin", ADMIN + ":" + ADMIN_PASSWORD);
    args.put("bk.mqtt.url", brokerUrl);
    return args;
  }

  /** Adds a one-time enrollment token to the hub's database, as an admin would. */
  void addEnrollmentToken(String token) {
    hub.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .update(
            "INSERT INTO enrollment_token (token, created_at, expires_at) VALUES (?, ?, ?)",
            token,
            de.buergerkoffer.bundle.StoredTime.format(java.time.Instant.now()),
            de.buergerkoffer.bundle.StoredTime.format(
                java.time.Instant.now().plus(java.time.Duration.ofHours(1))));
  }

  /** The hub's Spring context, for tests that look inside. */
  ConfigurableApplicationContext hubContext() {
    return hub;
  }

  /** The kit's Spring context, for tests that look inside. */
  ConfigurableApplicationContext kitContext() {
    return kit;
  }

  void startKit() {
    startKit(brokerUrl);
  }

  /** Waits (up to 30 s) until the kit has enrolled with the hub. */
  void awaitKitEnrolled() {
    await("kit enrolled")
        .atMost(Duration.ofSeconds(30))
        .until(() -> kitGet("/api/status").get("enrolled").asBoolean());
  }

  /** Starts the kit with its MQTT traffic going to {@code brokerUrl}, e.g. through a proxy. */
  void startKit(String brokerUrl) {
    Map<String, String> props = new HashMap<>();
    props.put("server.port", "0");
    props.put("bk.kit.id", "kit-07");
    props.put("bk.kit.case-prefix", "BRA7");
    props.put("bk.kit.data-dir", root.resolve("kit").toString());
    props.put("bk.kit.hub-url", hubUrl());
    props.put("bk.kit.enrollment-token", TOKEN);
    props.put("bk.kit.broker-url", brokerUrl);
    props.put("bk.kit.ack-timeout", "3s");
    kit = KitApplication.builder().run(args(props));
    if (hub != null) {
      // the API needs a clerk: wait for the roster that comes with the enrollment answer
      org.awaitility.Awaitility.await("clerk roster on the kit")
          .atMost(Duration.ofSeconds(30))
          .until(() -> kit.getBean(ClerkDirectory.class).size() > 0);
    }
  }

  /** A GET from the kit's API as this clerk (HTTP Basic). */
  Reply kitGetAs(String username, String pin, String path) {
    return send(
        HttpRequest.newBuilder(URI.create(kitUrl() + path))
            .header("Authorization", basic(username, pin))
            .GET()
            .build());
  }

  /** Command-line arguments, which override the apps' own properties files. */
  private static String[] args(Map<String, ?> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  void stopKit() {
    if (kit != null) {
      kit.close();
      kit = null;
    }
  }

  String hubUrl() {
    return "http://127.0.0.1:" + hub.getEnvironment().getProperty("local.server.port");
  }

  String kitUrl() {
    return "http://127.0.0.1:" + kit.getEnvironment().getProperty("local.server.port");
  }

  Path kitDatabase() {
    return root.resolve("kit/kit.db");
  }

  /** The response of an HTTP call with its JSON body. */
  record Reply(int status, JsonNode json) {}

  /** A POST to the kit's API as the town's clerk (HTTP Basic). */
  Reply kitPost(String path, Object body) {
    return kitPostAs(CLERK_USERNAME, CLERK_PIN, path, body);
  }

  /** A POST to the kit's API as this clerk (HTTP Basic). */
  Reply kitPostAs(String username, String pin, String path, Object body) {
    return post(kitUrl() + path, body, basic(username, pin));
  }

  /** A POST to the hub's API as the town's staff admin (HTTP Basic). */
  Reply hubPost(String path, Object body) {
    return post(hubUrl() + path, body, staffBasicAuth());
  }

  /** The value of an HTTP Basic header for a clerk. */
  static String basic(String username, String pin) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (username + ":" + pin).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Reply post(String url, Object body, String authorization) {
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
      if (authorization != null) {
        builder.header("Authorization", authorization);
      }
      HttpRequest request =
          builder
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofByteArray(WireJson.mapper().writeValueAsBytes(body)))
              .build();
      return send(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET from the kit's API as the town's clerk (HTTP Basic). */
  JsonNode kitGet(String path) {
    return send(HttpRequest.newBuilder(URI.create(kitUrl() + path))
            .header("Authorization", basic(CLERK_USERNAME, CLERK_PIN))
            .GET()
            .build())
        .json();
  }

  /** A GET from the hub's API as the town's staff admin (HTTP Basic). */
  JsonNode hubGet(String path) {
    return hubGetReply(path).json();
  }

  /** A GET from the hub's API as the town's staff admin, with the status. */
  Reply hubGetReply(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(hubUrl() + path))
            .header("Authorization", staffBasicAuth())
            .GET()
            .build());
  }

  Reply get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  /** The {@code Authorization} header value of the hub's staff admin. */
  static String staffBasicAuth() {
    return basic(ADMIN, ADMIN_PASSWORD);
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode json =
          response.body().length == 0 ? null : WireJson.mapper().readTree(response.body());
      return new Reply(response.statusCode(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stopKit();
    if (hub != null) {
      hub.close();
    }
  }
}
