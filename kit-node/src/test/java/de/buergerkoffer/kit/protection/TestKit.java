package de.buergerkoffer.kit.protection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.kit.FreePort;
import de.buergerkoffer.kit.KitApplication;
import de.buergerkoffer.kit.clerks.ClerkDirectory;
import de.buergerkoffer.kit.clerks.TestClerks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real kit (the Spring Boot app) on a data folder, never enrolled and without a broker, with
 * cheap Argon2id settings so that tests start it quickly.
 */
final class TestKit implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final ConfigurableApplicationContext app;

  private TestKit(ConfigurableApplicationContext app) {
    this.app = app;
  }

  /**
   * Starts a kit.
   *
   * @param extraArgs further {@code --key=value} arguments, e.g. the data passphrase
   */
  static TestKit start(Path dataDir, String... extraArgs) {
    int nothingListens = FreePort.find();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--bk.kit.data-dir=" + dataDir,
                "--bk.kit.id=kit-07",
                "--bk.kit.case-prefix=TK07",
                "--bk.kit.hub-url=http://127.0.0.1:" + nothingListens,
                "--bk.kit.broker-url=tcp://127.0.0.1:" + nothingListens,
                "--bk.kit.argon2.memory-kib=256",
                "--bk.kit.argon2.iterations=1",
                "--server.port=0",
                "--server.address=127.0.0.1"));
    args.addAll(List.of(extraArgs));
    ConfigurableApplicationContext app = KitApplication.builder().run(args.toArray(String[]::new));
    if (app.getBean(ClerkDirectory.class).size() == 0) {
      TestClerks.seed(app);
    }
    return new TestKit(app);
  }

  <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  /** Captures a Meldebescheinigung with one document; returns the answer's JSON. */
  JsonNode capture(Map<String, String> fields, String documentName, byte[] document)
      throws Exception {
    String body =
        JSON.writeValueAsString(
            Map.of(
                "formId",
                "meldebescheinigung",
                "fields",
                fields,
                "attachments",
                List.of(
                    Map.of(
                        "name",
                        documentName,
                        "base64",
                        Base64.getEncoder().encodeToString(document)))));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/cases"))
                .header("Authorization", TestClerks.basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new AssertionError("capture failed: " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", TestClerks.basic())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private URI uri(String path) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() {
    app.close();
  }
}
