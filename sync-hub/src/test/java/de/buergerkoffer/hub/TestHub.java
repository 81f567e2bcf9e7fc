package de.buergerkoffer.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole hub for a test: its own data folder, a random HTTP port, and an MQTT broker URL where
 * nothing listens, so it neither starts the embedded broker nor touches a broker on this machine
 * (its MQTT client just keeps retrying).
 */
public final class TestHub implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestHub(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static TestHub start(Path dataDir, Map<String, Object> extraProperties) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("bk.hub.data-dir", dataDir.toString());
    properties.put("bk.hub.keystore-passphrase", "test-only");
    properties.put("bk.hub.bootstrap-token", "");
    properties.put("bk.mqtt.url", "tcp://127.0.0.1:" + FreePort.find());
    properties.put("server.port", "0");
    properties.put("server.address", "127.0.0.1");
    properties.putAll(extraProperties);
    // as command-line arguments: builder().properties(...) would only set defaults, which
    // hub.properties overrides
    String[] args =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new TestHub(HubApplication.builder().run(args));
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  public URI uri(String path) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
