package de.buergerkoffer.hub.users;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hub.TestHub;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may see what on the hub: login, roles, CSRF, lockout, open kit endpoints. */
class StaffSecurityTest {

  @TempDir static Path dataDir;
  static TestHub hub;
  static StaffAccounts accounts;

  @BeforeAll
  static void startHubWithStaff() {
    hub = TestHub.start(dataDir, Map.of("bk.hub.login.max-failures", "3"));
    accounts = hub.bean(StaffAccounts.class);
    accounts.create("admin", "anna", "Anna Amtmann", StaffRole.CASE_WORKER, "anna-passwort-1");
    accounts.create("admin", "karl", "Karl Koffer", StaffRole.CLERK, "karl-passwort-1");
    accounts.create("admin", "lena", "Lena Lock", StaffRole.CASE_WORKER, "lena-passwort-1");
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void theApiAsksForBasicCredentialsInsteadOfRedirecting() {
    HttpResponse<String> response = hub.getAnonymous("/api/cases");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void pagesRedirectToTheLoginPage() {
    HttpResponse<String> response = hub.getAnonymous("/");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/anmelden"));
  }

  @Test
  void theLoginPageStylesheetAndHealthAreOpen() {
    assertThat(hub.getAnonymous("/anmelden").body()).contains("Benutzername", "_csrf");
    assertThat(hub.getAnonymous("/anmelden?lang=en").body()).contains("User name");
    assertThat(hub.getAnonymous("/assets/hub.css").statusCode()).isEqualTo(200);
    assertThat(hub.getAnonymous("/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void kitsReachTheEnrollmentEndpointWithoutAStaffLogin() {
    HttpResponse<String> response =
        hub.postJsonAnonymous("/api/enrollment", "{\"token\":\"guessed\",\"csrPem\":\"x\"}");

    assertThat(response.statusCode()).isNotIn(401, 302);
  }

  @Test
  void aCaseWorkerReadsCasesButNotTheKitAdministration() {
    assertThat(hub.getAs("anna", "anna-passwort-1", "/api/cases").statusCode()).isEqualTo(200);
    assertThat(hub.getAs("anna", "anna-passwort-1", "/api/kits").statusCode()).isEqualTo(403);
    assertThat(hub.getAs("anna", "anna-passwort-1", "/api/quarantine").statusCode()).isEqualTo(403);
    assertThat(hub.login("anna", "anna-passwort-1").get("/admin/anmeldung").statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAdminReachesTheAdministration() {
    assertThat(hub.get("/api/kits").statusCode()).isEqualTo(200);
    HttpResponse<String> page =
        hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD).get("/admin/benutzer");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("anna", "Anna Amtmann", "Sachbearbeitung (Rathaus)");
  }

  @Test
  void aFieldClerkMayOnlyRead() {
    assertThat(hub.getAs("karl", "karl-passwort-1", "/api/cases").statusCode()).isEqualTo(200);
    TestHub.Session karl = hub.login("karl", "karl-passwort-1");
    assertThat(karl.get("/").statusCode()).isEqualTo(200);
    assertThat(karl.get("/planung").statusCode()).isEqualTo(403);
    HttpResponse<String> change =
        karl.postForm(
            "/faelle/" + UUID.randomUUID() + "/status", Map.of("status", "DONE"), karl.csrf("/"));
    assertThat(change.statusCode()).isEqualTo(403);
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefused() {
    TestHub.Session admin = hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD);

    HttpResponse<String> forged =
        admin.postForm(
            "/admin/benutzer",
            Map.of("username", "mallory", "role", "ADMIN", "password", "mallory-pass-1"),
            null);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(accounts.find("mallory")).isEmpty();
  }

  @Test
  void aLoginWithTheWrongPasswordGoesBackToTheLoginPage() {
    TestHub.Session session = hub.login("anna", "wrong-password");

    assertThat(session.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void repeatedFailuresLockTheAccountUntilAnAdminUnlocksIt() {
    for (int i = 0; i < 3; i++) {
      assertThat(hub.getAs("lena", "wrong-password", "/api/cases").statusCode()).isEqualTo(401);
    }

    assertThat(hub.getAs("lena", "lena-passwort-1", "/api/cases").statusCode())
        .as("locked even with the right password")
        .isEqualTo(401);
    accounts.unlock("admin", "lena");
    assertThat(hub.getAs("lena", "lena-passwort-1", "/api/cases").statusCode()).isEqualTo(200);
  }

  @Test
  void passwordsAreStoredAsArgon2idHashes() {
    String stored =
        hub.jdbc()
            .queryForObject(
                "SELECT password_hash FROM staff_user WHERE username = 'anna'", String.class);

    assertThat(stored).startsWith("{argon2}$argon2id$v=19$").doesNotContain("anna-passwort-1");
  }

  @Test
  void shortPasswordsAndTakenNamesAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> accounts.create("admin", "otto", "", StaffRole.CLERK, "kurz"))
        .hasMessageContaining("mindestens 10");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> accounts.create("admin", "anna", "", StaffRole.CLERK, "long-enough-1"))
        .hasMessageContaining("gibt es schon");
  }

  @Test
  void theLastAdminCannotBeDemoted() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> accounts.setRole("admin", TestHub.ADMIN, StaffRole.CLERK))
        .hasMessageContaining("letzte");
  }

  @Test
  void interactiveLoginsAreAudited() {
    hub.login("anna", "anna-passwort-1");

    assertThat(
            hub.jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN' AND actor = 'anna'",
                    Integer.class))
        .isPositive();
  }
}
