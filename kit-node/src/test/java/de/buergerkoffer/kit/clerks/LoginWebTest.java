package de.buergerkoffer.kit.clerks;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.kit.FreePort;
import de.buergerkoffer.kit.KitApplication;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kit's login in the running app, as a browser sees it: the login page, PIN login, lockout that
 * survives a restart, inactive clerks, CSRF on forms, HTTP Basic on the API.
 */
class LoginWebTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @TempDir Path dataDir;
  private ConfigurableApplicationContext kit;
  private HttpClient browser;

  @BeforeEach
  void startKit() {
    kit = start();
    browser = newBrowser();
  }

  @AfterEach
  void stopKit() {
    kit.close();
  }

  @Test
  void aKitWithoutClerksSaysItMustBeEnrolledFirst() throws Exception {
    HttpResponse<String> page = get("/anmelden");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "Noch keine Sachbearbeiter:innen auf diesem Koffer – Koffer zuerst im Rathaus"
                + " anmelden (Enrollment)")
        .contains("name=\"username\"", "name=\"pin\"", "type=\"submit\"");
  }

  @Test
  void pagesRedirectToTheLoginPageUntilTheClerkLogsIn() throws Exception {
    TestClerks.seed(kit);

    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/anmelden");

    HttpResponse<String> login = login(TestClerks.USERNAME, TestClerks.PIN);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("fehler");

    HttpResponse<String> after = get("/");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains(TestClerks.DISPLAY_NAME, "Abmelden");
    assertThat(auditCount("LOGIN")).isEqualTo(1);
  }

  @Test
  void aWrongPinIsRefusedWithTheGenericMessage() throws Exception {
    TestClerks.seed(kit);

    HttpResponse<String> login = login(TestClerks.USERNAME, "999999");

    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/anmelden?fehler");
    assertThat(get("/anmelden?fehler").body()).contains("Benutzername oder PIN falsch.");
    assertThat(get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void anInactiveClerkCannotLogIn() throws Exception {
    TestClerks.seed(
        kit,
        new ClerkRoster.Clerk(
            TestClerks.USERNAME, TestClerks.DISPLAY_NAME, TestClerks.hash(TestClerks.PIN), false));

    HttpResponse<String> login = login(TestClerks.USERNAME, TestClerks.PIN);

    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/anmelden?fehler");
    assertThat(get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void fiveWrongPinsLockTheNameAndTheLockSurvivesARestart() throws Exception {
    TestClerks.seed(kit);
    for (int i = 0; i < 5; i++) {
      login(TestClerks.USERNAME, "999999");
    }

    login(TestClerks.USERNAME, TestClerks.PIN);
    assertThat(get("/").statusCode()).as("locked: even the right PIN is refused").isEqualTo(302);
    assertThat(get("/anmelden?fehler").body()).contains("gesperrt bis");

    kit.close();
    kit = start();
    browser = newBrowser();

    login(TestClerks.USERNAME, TestClerks.PIN);
    assertThat(get("/").statusCode()).as("still locked after a restart").isEqualTo(302);
    assertThat(get("/anmelden?fehler").body()).contains("gesperrt bis");
    assertThat(
            apiGet("/api/status", TestClerks.basic(TestClerks.USERNAME, TestClerks.PIN))
                .statusCode())
        .as("the API shares the lockout")
        .isEqualTo(401);
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsForbiddenAndWithItWorks() throws Exception {
    TestClerks.seed(kit);
    login(TestClerks.USERNAME, TestClerks.PIN);
    Map<String, String> form = Map.of("folder", dataDir.resolve("stick").toString());

    HttpResponse<String> withoutToken = post("/usb/export", form);
    assertThat(withoutToken.statusCode()).isEqualTo(403);

    String token = csrfToken(get("/").body());
    HttpResponse<String> withToken =
        post("/usb/export", Map.of("folder", form.get("folder"), "_csrf", token));
    assertThat(withToken.statusCode()).isEqualTo(302);
    assertThat(withToken.headers().firstValue("Location").orElseThrow()).endsWith("/uebertragung");
  }

  @Test
  void logoutEndsTheSessionAndIsAudited() throws Exception {
    TestClerks.seed(kit);
    login(TestClerks.USERNAME, TestClerks.PIN);

    HttpResponse<String> logout = post("/abmelden", Map.of("_csrf", csrfToken(get("/").body())));

    assertThat(logout.headers().firstValue("Location").orElseThrow())
        .endsWith("/anmelden?abgemeldet");
    assertThat(get("/").statusCode()).isEqualTo(302);
    assertThat(auditCount("LOGOUT")).isEqualTo(1);
  }

  @Test
  void theApiWantsHttpBasicWithUserNameAndPin() throws Exception {
    TestClerks.seed(kit);

    HttpResponse<String> none = apiGet("/api/status", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    assertThat(apiGet("/api/status", TestClerks.basic(TestClerks.USERNAME, "999999")).statusCode())
        .isEqualTo(401);
    assertThat(apiGet("/api/status", TestClerks.basic()).statusCode()).isEqualTo(200);
    assertThat(apiGet("/actuator/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aSessionWithoutRequestsForLongerThanTheTimeoutIsLoggedOut() throws Exception {
    kit.close();
    kit = start("--bk.kit.session-timeout=1s");
    TestClerks.seed(kit);
    login(TestClerks.USERNAME, TestClerks.PIN);
    assertThat(get("/").statusCode()).isEqualTo(200);

    Thread.sleep(2_500);

    HttpResponse<String> idle = get("/");
    assertThat(idle.statusCode()).isEqualTo(302);
    assertThat(idle.headers().firstValue("Location").orElseThrow())
        .endsWith("/anmelden?abgelaufen");
    assertThat(get("/anmelden?abgelaufen").body())
        .contains("Sie wurden wegen Inaktivität abgemeldet.");
    assertThat(get("/").statusCode()).isEqualTo(302);
    assertThat(
            kit.getBean(JdbcTemplate.class)
                .queryForObject(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'LOGOUT' AND detail = ?",
                    Integer.class,
                    "inactivity"))
        .isEqualTo(1);
  }

  @Test
  void pagesLoadTheLocalSessionScriptWithTheTimeout() throws Exception {
    TestClerks.seed(kit);
    login(TestClerks.USERNAME, TestClerks.PIN);

    String home = get("/").body();

    assertThat(home).contains("data-session-timeout=\"900\"", "/assets/session.js");
    assertThat(home).doesNotContain("src=\"http", "href=\"http");
    assertThat(get("/assets/session.js").statusCode()).isEqualTo(200);
  }

  private ConfigurableApplicationContext start(String... extra) {
    int nothingListens = FreePort.find();
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "--bk.kit.data-dir=" + dataDir,
                "--bk.kit.id=kit-07",
                "--bk.kit.case-prefix=TK07",
                "--bk.kit.hub-url=http://127.0.0.1:" + nothingListens,
                "--bk.kit.broker-url=tcp://127.0.0.1:" + nothingListens,
                "--bk.kit.argon2.memory-kib=256",
                "--server.port=0",
                "--server.address=127.0.0.1"));
    args.addAll(java.util.List.of(extra));
    return KitApplication.builder().run(args.toArray(String[]::new));
  }

  private static HttpClient newBrowser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> login(String username, String pin) throws Exception {
    String token = csrfToken(get("/anmelden").body());
    return post("/anmelden", Map.of("username", username, "pin", pin, "_csrf", token));
  }

  private static String csrfToken(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("the page's form carries a CSRF token").isTrue();
    return m.group(1);
  }

  private int auditCount(String action) {
    return kit.getBean(JdbcTemplate.class)
        .queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ?", Integer.class, action);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> apiGet(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    int port = ((WebServerApplicationContext) kit).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
