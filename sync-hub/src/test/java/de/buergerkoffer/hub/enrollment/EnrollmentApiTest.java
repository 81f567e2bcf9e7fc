package de.buergerkoffer.hub.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kits enroll over HTTP with a one-time token and a certificate request. */
class EnrollmentApiTest {

  private static final String BOOTSTRAP_TOKEN = "bootstrap-7f3a9c";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static TestHub hub;
  static HubKeys keys;

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of("bk.hub.bootstrap-token", BOOTSTRAP_TOKEN));
    keys = hub.bean(HubKeys.class);
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void theBootstrapTokenEnrollsOneKitWithACertificateFromTheHubCa() throws Exception {
    KeyPair kitKeys = Pki.newKeyPair();

    HttpResponse<String> response =
        enroll(BOOTSTRAP_TOKEN, Pki.createCsr(kitKeys, "kit-09", Role.KIT));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("kitId").asText()).isEqualTo("kit-09");
    X509Certificate cert = Pki.certificateFromPem(body.get("kitCertificatePem").asText());
    Pki.verifyIssued(cert, keys.ca().certificate(), Role.KIT, Instant.now());
    assertThat(Pki.commonName(cert)).isEqualTo("kit-09");
    assertThat(Pki.role(cert)).isEqualTo(Role.KIT);
    assertThat(cert.getPublicKey()).isEqualTo(kitKeys.getPublic());
    assertThat(Pki.certificateFromPem(body.get("caCertificatePem").asText()))
        .isEqualTo(keys.ca().certificate());
    assertThat(Pki.certificateFromPem(body.get("hubEncryptionCertificatePem").asText()))
        .isEqualTo(keys.encryption().certificate());
    assertThat(Pki.certificateFromPem(body.get("hubSigningCertificatePem").asText()))
        .isEqualTo(keys.signing().certificate());

    HttpResponse<String> again =
        enroll(BOOTSTRAP_TOKEN, Pki.createCsr(Pki.newKeyPair(), "kit-10", Role.KIT));

    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(error(again)).isNotBlank();
  }

  @Test
  void refusesAnUnknownToken() throws Exception {
    HttpResponse<String> response =
        enroll("guessed-token", Pki.createCsr(Pki.newKeyPair(), "kit-21", Role.KIT));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("token");
    assertThat(enrolled("kit-21")).isZero();
  }

  @Test
  void refusesSomethingThatIsNoCertificateRequestAndSaysSo() throws Exception {
    String token = newToken("token-garbage");

    HttpResponse<String> response = enroll(token, "-----BEGIN CERTIFICATE REQUEST-----\nQUJD\n");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("Certificate request rejected");
  }

  @Test
  void refusesAKitIdThatIsAlreadyEnrolledAsAConflictWithoutUsingUpTheToken() throws Exception {
    String first = newToken("token-first-22");
    String second = newToken("token-second-22");
    assertThat(enroll(first, Pki.createCsr(Pki.newKeyPair(), "kit-22", Role.KIT)).statusCode())
        .isEqualTo(200);

    HttpResponse<String> response =
        enroll(second, Pki.createCsr(Pki.newKeyPair(), "kit-22", Role.KIT));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(error(response)).contains("kit-22");
    assertThat(enrolled("kit-22")).isEqualTo(1);
    assertThat(enroll(second, Pki.createCsr(Pki.newKeyPair(), "kit-23", Role.KIT)).statusCode())
        .as("the refused enrollment must not have used up the token")
        .isEqualTo(200);
  }

  @Test
  void aRevokedKitIdIsNeverEnrolledAgainAndTheRefusalSaysWhatToDoInstead() throws Exception {
    String first = newToken("token-first-25");
    String second = newToken("token-second-25");
    assertThat(enroll(first, Pki.createCsr(Pki.newKeyPair(), "kit-25", Role.KIT)).statusCode())
        .isEqualTo(200);
    hub.bean(KitRegistry.class).revoke("kit-25", "Koffer gestohlen", Instant.now());

    HttpResponse<String> response =
        enroll(second, Pki.createCsr(Pki.newKeyPair(), "kit-25", Role.KIT));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(error(response)).contains("kit-25 was revoked", "new kit id");
    assertThat(enroll(second, Pki.createCsr(Pki.newKeyPair(), "kit-25b", Role.KIT)).statusCode())
        .as("the recovered device enrolls under a new id with the same, unused token")
        .isEqualTo(200);
  }

  @Test
  void refusesAnExpiredToken() throws Exception {
    Instant past = Instant.now().minus(Duration.ofDays(2));
    hub.jdbc()
        .update(
            "INSERT INTO enrollment_token (token, created_at, expires_at) VALUES (?, ?, ?)",
            "token-expired",
            past.toString(),
            past.plus(Duration.ofDays(1)).toString());

    HttpResponse<String> response =
        enroll("token-expired", Pki.createCsr(Pki.newKeyPair(), "kit-24", Role.KIT));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(enrolled("kit-24")).isZero();
  }

  private static String newToken(String token) {
    Instant now = Instant.now();
    hub.jdbc()
        .update(
            "INSERT INTO enrollment_token (token, created_at, expires_at) VALUES (?, ?, ?)",
            token,
            now.toString(),
            now.plus(Duration.ofHours(1)).toString());
    return token;
  }

  private static HttpResponse<String> enroll(String token, String csrPem) throws Exception {
    return hub.postJsonAnonymous(
        "/api/enrollment", JSON.writeValueAsString(Map.of("token", token, "csrPem", csrPem)));
  }

  private static String error(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).path("error").asText();
  }

  private static int enrolled(String kitId) {
    return hub.jdbc()
        .queryForObject("SELECT COUNT(*) FROM kit WHERE kit_id = ?", Integer.class, kitId);
  }
}
