package de.buergerkoffer.kit.visit;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.kit.clerks.TestClerks;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The clerk's browser for web tests on a real kit: keeps the session cookie and the CSRF token of
 * the last page, posts forms like the pages do, and does not follow redirects.
 */
final class KitWebClient {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

  private final Supplier<ConfigurableApplicationContext> kit;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf;

  /**
   * @param kit the running kit, asked per request (tests restart it)
   */
  KitWebClient(Supplier<ConfigurableApplicationContext> kit) {
    this.kit = kit;
  }

  /** Logs in with the test clerk, as on the kit's login page. */
  void logIn() throws Exception {
    get("/anmelden");
    HttpResponse<String> answer =
        post("/anmelden", Map.of("username", TestClerks.USERNAME, "pin", TestClerks.PIN));
    assertThat(location(answer)).doesNotContain("fehler").doesNotContain("anmelden");
    get("/"); // the session's new CSRF token
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return response;
  }

  /** A GET with the test clerk's HTTP Basic credentials, as API clients call. */
  HttpResponse<String> api(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url(path)).header("Authorization", TestClerks.basic()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.put("_csrf", csrf);
    }
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    return response.headers().firstValue("Location").orElseThrow();
  }

  URI url(String path) {
    return URI.create(
        "http://127.0.0.1:" + kit.get().getEnvironment().getProperty("local.server.port") + path);
  }
}
