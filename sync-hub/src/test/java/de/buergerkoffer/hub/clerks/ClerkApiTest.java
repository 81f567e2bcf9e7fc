package de.buergerkoffer.hub.clerks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.PinHash;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.enrollment.HubKeys;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clerk accounts on the hub: the admin API with its German refusals, PIN hashes only, the audit
 * trail, the bootstrap clerk, and the sealed roster a kit gets with its enrollment.
 */
class ClerkApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static TestHub hub;

  @BeforeAll
  static void startHub() {
    hub =
        TestHub.start(
            dataDir,
            Map.of(
                "bk.hub.bootstrap-token", "clerk-test-token",
                "bk.hub.bootstrap-clerk", "mueller:135790:Frau Müller"));
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void theBootstrapClerkExistsAfterStartForAllKits() throws Exception {
    JsonNode mueller = JSON.readTree(hub.get("/api/admin/clerks/mueller").body());

    assertThat(mueller.get("displayName").asText()).isEqualTo("Frau Müller");
    assertThat(mueller.get("active").asBoolean()).isTrue();
    assertThat(mueller.get("allKits").asBoolean()).isTrue();
  }

  @Test
  void aNewClerkIsStoredWithAPinHashOnlyAndAudited() throws Exception {
    HttpResponse<String> created =
        post(
            "/api/admin/clerks",
            Map.of("username", "Schulz", "displayName", "Herr Schulz", "pin", "482916"));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.get("username").asText()).isEqualTo("schulz");
    assertThat(created.body()).doesNotContain("482916", "argon2", "pinHash");
    String stored =
        hub.jdbc()
            .queryForObject("SELECT pin_hash FROM clerk WHERE username = 'schulz'", String.class);
    assertThat(stored).startsWith("$argon2id$").doesNotContain("482916");
    assertThat(PinHash.matches("482916".toCharArray(), stored)).isTrue();
    assertThat(auditDetails("CLERK_CREATE", "schulz")).isEqualTo(1);
    assertThat(hub.jdbc().queryForList("SELECT detail FROM audit_log", String.class).toString())
        .doesNotContain("482916");
    assertThat(JSON.readTree(hub.get("/api/admin/clerks").body()).findValuesAsText("username"))
        .contains("mueller", "schulz");
  }

  @Test
  void refusalsNameTheFieldInGerman() throws Exception {
    HttpResponse<String> weakPin =
        post(
            "/api/admin/clerks",
            Map.of("username", "weber", "displayName", "Frau Weber", "pin", "123456"));
    assertThat(weakPin.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(weakPin.body()).get("field").asText()).isEqualTo("pin");
    assertThat(JSON.readTree(weakPin.body()).get("error").asText())
        .isEqualTo("Die PIN darf keine durchgehende Zahlenfolge sein (wie 123456).");

    HttpResponse<String> badName =
        post(
            "/api/admin/clerks",
            Map.of("username", "frau weber", "displayName", "Frau Weber", "pin", "482916"));
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badName.body()).get("field").asText()).isEqualTo("username");

    HttpResponse<String> noName =
        post("/api/admin/clerks", Map.of("username", "weber", "displayName", " ", "pin", "482916"));
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noName.body()).get("field").asText()).isEqualTo("displayName");

    HttpResponse<String> taken =
        post(
            "/api/admin/clerks",
            Map.of("username", "mueller", "displayName", "Noch eine", "pin", "482916"));
    assertThat(taken.statusCode()).isEqualTo(409);

    assertThat(post("/api/admin/clerks/niemand/deactivate", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void deactivatingAndANewPinAreAuditedAndShown() throws Exception {
    post(
        "/api/admin/clerks",
        Map.of("username", "koch", "displayName", "Herr Koch", "pin", "730164"));

    HttpResponse<String> off = post("/api/admin/clerks/koch/deactivate", Map.of());
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(off.body()).get("active").asBoolean()).isFalse();
    assertThat(post("/api/admin/clerks/koch/pin", Map.of("pin", "1111")).statusCode())
        .isEqualTo(400);
    assertThat(post("/api/admin/clerks/koch/pin", Map.of("pin", "947261")).statusCode())
        .isEqualTo(200);

    assertThat(auditDetails("CLERK_DEACTIVATE", "koch")).isEqualTo(1);
    assertThat(auditDetails("CLERK_PIN", "koch")).isEqualTo(1);
    String stored =
        hub.jdbc()
            .queryForObject("SELECT pin_hash FROM clerk WHERE username = 'koch'", String.class);
    assertThat(PinHash.matches("947261".toCharArray(), stored)).isTrue();
  }

  @Test
  void anEnrollingKitGetsItsRosterSealedToItAndOnlyWithItsClerks() throws Exception {
    post(
        "/api/admin/clerks",
        Map.of(
            "username",
            "lang",
            "displayName",
            "Frau Lang",
            "pin",
            "582047",
            "kits",
            List.of("kit-99")));
    KeyPair keys = Pki.newKeyPair();

    HttpResponse<String> enrolled =
        post(
            "/api/enrollment",
            Map.of("token", "clerk-test-token", "csrPem", Pki.createCsr(keys, "kit-31", Role.KIT)));

    assertThat(enrolled.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(enrolled.body());
    HubKeys hubKeys = hub.bean(HubKeys.class);
    Credential kit =
        new Credential(
            keys.getPrivate(),
            Pki.certificateFromPem(body.get("kitCertificatePem").asText()),
            List.of(hubKeys.ca().certificate()));
    ClerkRoster roster =
        HubSigned.openSealed(
            Base64.getDecoder().decode(body.get("clerkRoster").asText()),
            kit,
            hubKeys.ca().certificate(),
            Instant.now(),
            ClerkRoster.class);
    assertThat(roster.kitId()).isEqualTo("kit-31");
    assertThat(roster.clerks())
        .extracting(ClerkRoster.Clerk::username)
        .contains("mueller")
        .doesNotContain("lang");
    ClerkRoster.Clerk mueller =
        roster.clerks().stream().filter(c -> c.username().equals("mueller")).findFirst().get();
    assertThat(PinHash.matches("135790".toCharArray(), mueller.pinHash())).isTrue();
    assertThat(mueller.displayName()).isEqualTo("Frau Müller");
  }

  @Test
  void rosterVersionsOnlyGoUpPerKitEvenWithinOneMillisecond() {
    ClerkRosters rosters = hub.bean(ClerkRosters.class);

    long first = rosters.rosterFor("kit-40").version();
    long second = rosters.rosterFor("kit-40").version();
    long third = rosters.rosterFor("kit-40").version();

    assertThat(second).isGreaterThan(first);
    assertThat(third).isGreaterThan(second);
  }

  @Test
  void theAdminPageListsClerksAndCreatesOneFromItsForm() throws Exception {
    TestHub.Session admin = hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD);
    HttpResponse<String> created =
        admin.postForm(
            "/admin/sachbearbeitung",
            Map.of("username", "becker", "displayName", "Frau Becker", "pin", "730519", "kits", ""),
            admin.csrf("/admin/sachbearbeitung"));
    assertThat(created.statusCode()).isEqualTo(302);

    HttpResponse<String> page = admin.get("/admin/sachbearbeitung");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Sachbearbeitung", "becker", "Frau Becker", "mueller", "Konto anlegen")
        .doesNotContain("730519", "argon2");
  }

  private static int auditDetails(String action, String subject) {
    return hub.jdbc()
        .queryForObject(
            "SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?",
            Integer.class,
            action,
            subject);
  }

  private static HttpResponse<String> post(String path, Object body) throws Exception {
    return hub.postJson(path, JSON.writeValueAsString(body));
  }
}
