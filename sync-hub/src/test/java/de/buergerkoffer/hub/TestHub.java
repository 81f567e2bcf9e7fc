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
 * A whole hub for a test: its own data folder, its database ({@link TestDatabase}: SQLite, or
 * PostgreSQL in the {@code postgres} run), a random HTTP port, and an MQTT broker URL where nothing
 * listens, so it neither starts the embedded broker nor touches a broker on this machine (its MQTT
 * client just keeps retrying).
 */
public final class TestHub implements AutoCloseable {

  /** The staff admin every test hub has (HTTP Basic for the API, form login for pages). */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "test-admin-pass";

  private final ConfigurableApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestHub(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static TestHub start(Path dataDir, Map<String, Object> extraProperties) {
    return start(dataDir, TestDatabase.of(dataDir), extraProperties);
  }

  /** A hub on the given database, whatever this test run's default is. */
  public static TestHub start(
      Path dataDir, TestDatabase database, Map<String, Object> extraProperties) {
    Map<String, Object> properties = new HashMap<>(database.hubProperties());
    properties.put("bk.hub.data-dir", dataDir.toString());
    properties.put("bk.hub.keystore-passphrase", "test-only");
    properties.put("bk.hub.bootstrap-token", "");
    properties.put("bk.hub.bootstrap-admin", ADMIN + ":" + ADMIN_PASSWORD);
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

  /** GET as the admin with HTTP Basic. */
  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
            .GET()
            .build());
  }

  /** GET without credentials. */
  public HttpResponse<String> getAnonymous(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** GET with HTTP Basic as the given account. */
  public HttpResponse<String> getAs(String user, String password, String path) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", basic(user, password))
            .GET()
            .build());
  }

  public static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** POST JSON as the admin with HTTP Basic. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** POST JSON without credentials (as a kit does). */
  public HttpResponse<String> postJsonAnonymous(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A browser-like session: cookies kept, form login, CSRF token taken from each page. */
  public Session login(String user, String password) {
    Session session = new Session();
    session.postForm(
        "/anmelden", Map.of("username", user, "password", password), session.csrf("/anmelden"));
    return session;
  }

  /** A cookie-keeping client that does not follow redirects. */
  public final class Session {
    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public HttpResponse<String> get(String path) {
      return sendWith(client, HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The CSRF token in the page's forms. */
    public String csrf(String path) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
              .matcher(get(path).body());
      if (!m.find()) {
        throw new IllegalStateException("no CSRF token on " + path);
      }
      return m.group(1);
    }

    /** POSTs a form; {@code csrf} may be null to leave the token out. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String csrf) {
      Map<String, String> all = new java.util.LinkedHashMap<>(fields);
      if (csrf != null) {
        all.put("_csrf", csrf);
      }
      String body =
          all.entrySet().stream()
              .map(
                  e ->
                      java.net.URLEncoder.encode(
                              e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                          + "="
                          + java.net.URLEncoder.encode(
                              e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
              .collect(java.util.stream.Collectors.joining("&"));
      return sendWith(
          client,
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    return sendWith(http, request);
  }

  private static HttpResponse<String> sendWith(HttpClient http, HttpRequest request) {
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
