package de.buergerkoffer.system;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.hub.HubApplication;
import de.buergerkoffer.kit.KitApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

  private final Path root;
  private final TestBroker broker;
  private final HttpClient http = HttpClient.newHttpClient();
  private ConfigurableApplicationContext hub;
  private ConfigurableApplicationContext kit;

  Town(Path root, TestBroker broker) {
    this.root = root;
    this.broker = broker;
  }

  void startHub() {
    hub =
        HubApplication.builder()
            .run(
                args(
                    Map.of(
                        "server.port",
                        "0",
                        "bk.hub.data-dir",
                        root.resolve("hub").toString(),
                        "bk.hub.bootstrap-token",
                        TOKEN,
                        "bk.mqtt.url",
                        broker.url())));
  }

  void startKit() {
    startKit(broker.url());
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

  Reply kitPost(String path, Object body) {
    return post(kitUrl() + path, body);
  }

  Reply hubPost(String path, Object body) {
    return post(hubUrl() + path, body);
  }

  private Reply post(String url, Object body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofByteArray(WireJson.mapper().writeValueAsBytes(body)))
              .build();
      return send(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode kitGet(String path) {
    return get(kitUrl() + path).json();
  }

  JsonNode hubGet(String path) {
    return get(hubUrl() + path).json();
  }

  Reply get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
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
