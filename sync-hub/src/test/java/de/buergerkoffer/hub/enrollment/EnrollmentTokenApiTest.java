package de.buergerkoffer.hub.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.audit.AuditLog;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin creates one-time enrollment tokens on the hub, as text and as a QR code. */
class EnrollmentTokenApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GROUPED_BASE32 = "[A-Z2-7]{4}(-[A-Z2-7]{4}){7}";

  @TempDir static Path dataDir;
  static TestHub hub;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of());
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void aNewTokenHas160RandomBitsInGroupsOfFourAndIsListedAsOpen() throws Exception {
    HttpResponse<String> created = hub.postJson("/api/enrollment-tokens", "{}");

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    String token = body.get("token").asText();
    assertThat(token).matches(GROUPED_BASE32);
    assertThat(token.replace("-", "")).hasSize(32); // 32 x 5 bits
    assertThat(body.get("state").asText()).isEqualTo("OPEN");
    assertThat(
            Duration.between(
                Instant.parse(body.get("createdAt").asText()),
                Instant.parse(body.get("expiresAt").asText())))
        .isEqualTo(Duration.ofHours(24));
    assertThat(listed(token).get("state").asText()).isEqualTo("OPEN");
    assertThat(hub.postJson("/api/enrollment-tokens", "{}").body()).doesNotContain(token);
  }

  @Test
  void theAuditLogNotesTheTokenByItsFirstFourCharactersOnly() throws Exception {
    String token = createToken("{}");

    List<Map<String, Object>> entries =
        hub.jdbc().queryForList("SELECT * FROM audit_log WHERE action = 'ENROLL'");

    assertThat(entries)
        .anySatisfy(e -> assertThat(e.get("detail").toString()).contains(token.substring(0, 4)));
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.get("detail").toString()).doesNotContain(token.substring(0, 9));
              assertThat(e.get("subject").toString()).doesNotContain(token.substring(0, 9));
            });
  }

  @Test
  void aTokenEnrollsOneKitAndThenShowsAsUsedWithoutItsValue() throws Exception {
    String token = createToken("{\"validFor\":\"PT2H\"}");

    assertThat(enroll(token, "kit-31").statusCode()).isEqualTo(200);
    assertThat(enroll(token, "kit-32").statusCode()).isEqualTo(403);

    JsonNode used = listedByKit("kit-31");
    assertThat(used.get("state").asText()).isEqualTo("USED");
    assertThat(used.get("token").isNull()).isTrue();
    assertThat(used.get("prefix").asText()).isEqualTo(token.substring(0, 4));
    assertThat(qr(token).statusCode()).isEqualTo(404);
  }

  @Test
  void aTokenPastItsValidityIsRefusedAndListedAsExpired() throws Exception {
    MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofDays(2)));
    EnrollmentTokens tokensTwoDaysAgo =
        new EnrollmentTokens(hub.jdbc(), clock, hub.bean(AuditLog.class));
    String token = tokensTwoDaysAgo.create(Duration.ofHours(1)).token();
    assertThat(tokensTwoDaysAgo.open(token)).isPresent();

    clock.advance(Duration.ofHours(1));

    assertThat(tokensTwoDaysAgo.open(token)).isEmpty();
    assertThat(enroll(token, "kit-33").statusCode()).isEqualTo(403);
    JsonNode expired =
        StreamSupport.stream(
                JSON.readTree(hub.get("/api/enrollment-tokens").body()).spliterator(), false)
            .filter(t -> t.get("prefix").asText().equals(token.substring(0, 4)))
            .filter(t -> t.get("state").asText().equals("EXPIRED"))
            .findFirst()
            .orElseThrow();
    assertThat(expired.get("token").isNull()).isTrue();
  }

  @Test
  void refusesAValidityLongerThanSevenDays() throws Exception {
    HttpResponse<String> response =
        hub.postJson("/api/enrollment-tokens", "{\"validFor\":\"P8D\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error").asText()).contains("P7D");
  }

  @Test
  void theQrCodeIsAPngThatReadsAsTheTokenText() throws Exception {
    String token = createToken("{}");

    HttpResponse<byte[]> png = qr(token);

    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    var image = ImageIO.read(new ByteArrayInputStream(png.body()));
    String decoded =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertThat(decoded).isEqualTo(token);
  }

  @Test
  void theAdminPageCreatesATokenAndShowsItAsTextAndQrCode() throws Exception {
    TestHub.Session browser = hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD);
    HttpResponse<String> page = browser.get("/admin/anmeldung");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Neues Anmelde-Token", "Koffer anmelden");

    HttpResponse<String> posted =
        browser.postForm("/admin/anmeldung", Map.of(), browser.csrf("/admin/anmeldung"));
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(posted.headers().firstValue("Location"))
        .as("no token in the address bar")
        .hasValueSatisfying(location -> assertThat(location).doesNotContain("?"));
    HttpResponse<String> shown = browser.get("/admin/anmeldung");

    assertThat(shown.statusCode()).isEqualTo(200);
    Matcher token = Pattern.compile(GROUPED_BASE32).matcher(shown.body());
    assertThat(token.find()).isTrue();
    assertThat(shown.body())
        .contains("/api/enrollment-tokens/" + token.group() + "/qr.png", "offen");
    assertThat(listed(token.group()).get("state").asText()).isEqualTo("OPEN");
    assertThat(browser.get("/admin/anmeldung").body())
        .as("reloading shows the list, not the new-token box")
        .doesNotContain("/qr.png");
  }

  private String createToken(String json) throws Exception {
    HttpResponse<String> response = hub.postJson("/api/enrollment-tokens", json);
    assertThat(response.statusCode()).isEqualTo(201);
    return JSON.readTree(response.body()).get("token").asText();
  }

  private static JsonNode listed(String token) throws Exception {
    for (JsonNode t : JSON.readTree(hub.get("/api/enrollment-tokens").body())) {
      if (token.equals(t.path("token").asText(null))) {
        return t;
      }
    }
    throw new AssertionError("token not listed: " + token);
  }

  private static JsonNode listedByKit(String kitId) throws Exception {
    for (JsonNode t : JSON.readTree(hub.get("/api/enrollment-tokens").body())) {
      if (kitId.equals(t.path("usedBy").asText(null))) {
        return t;
      }
    }
    throw new AssertionError("no token used by " + kitId);
  }

  private HttpResponse<byte[]> qr(String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(hub.uri("/api/enrollment-tokens/" + token + "/qr.png"))
            .header("Authorization", TestHub.basic(TestHub.ADMIN, TestHub.ADMIN_PASSWORD))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<String> enroll(String token, String kitId) throws Exception {
    return hub.postJsonAnonymous(
        "/api/enrollment",
        JSON.writeValueAsString(
            Map.of("token", token, "csrPem", Pki.createCsr(Pki.newKeyPair(), kitId, Role.KIT))));
  }
}
