package de.buergerkoffer.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A town-hall admin's browser for page tests: keeps cookies, logs in through {@code /anmelden} when
 * a page asks for it (the hub's staff admin of the test hub), and sends the CSRF token of the page
 * a form is on. On a hub without logins it simply gets and posts.
 */
public final class AdminSession {

  /** The staff admin of a test hub. */
  static final String USER = "admin";

  static final String PASSWORD = "test-admin-pass";

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final TestHub hub;
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public AdminSession(TestHub hub) {
    this.hub = hub;
  }

  /** GETs a page, logging in first if the hub redirects to its login. */
  public HttpResponse<String> get(String path) {
    return get(path, null);
  }

  /** GETs a page in a language (Accept-Language). */
  public HttpResponse<String> get(String path, String language) {
    HttpResponse<String> response = send(request(path, language).GET().build());
    if (toLogin(response)) {
      login();
      response = send(request(path, language).GET().build());
    }
    return response;
  }

  /** GETs bytes (a download). */
  public HttpResponse<byte[]> getBytes(String path) {
    get("/admin/koffer"); // logged in, if logins exist
    try {
      return client.send(
          request(path, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * POSTs a form as the page {@code formPage} would, with its CSRF token if it has one.
   *
   * @param fields form fields; a list value repeats the field
   */
  public HttpResponse<String> post(String path, Map<String, ?> fields, String formPage) {
    Optional<String> csrf = csrf(get(formPage).body());
    StringBuilder body = new StringBuilder();
    Map<String, Object> all = new LinkedHashMap<>(fields);
    csrf.ifPresent(token -> all.put("_csrf", token));
    for (var e : all.entrySet()) {
      Iterable<?> values =
          e.getValue() instanceof Iterable<?> many ? many : java.util.List.of(e.getValue());
      for (Object v : values) {
        if (body.length() > 0) {
          body.append('&');
        }
        body.append(encode(e.getKey())).append('=').append(encode(String.valueOf(v)));
      }
    }
    return send(
        request(path, null)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  private void login() {
    HttpResponse<String> page = send(request("/anmelden", null).GET().build());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", USER);
    form.put("password", PASSWORD);
    csrf(page.body()).ifPresent(token -> form.put("_csrf", token));
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        send(
            request("/anmelden", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (toLogin(answer)) {
      throw new IllegalStateException("test admin could not log in");
    }
  }

  private static boolean toLogin(HttpResponse<?> response) {
    return response.statusCode() == 302
        && response.headers().firstValue("Location").orElse("").contains("/anmelden");
  }

  private static Optional<String> csrf(String html) {
    Matcher m = CSRF.matcher(html);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private HttpRequest.Builder request(String path, String language) {
    HttpRequest.Builder b = HttpRequest.newBuilder(hub.uri(path));
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
