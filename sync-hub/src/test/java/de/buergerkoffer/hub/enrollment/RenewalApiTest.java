package de.buergerkoffer.hub.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.PlainSignature;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An enrolled kit renews its certificate online with a request signed by its current key. */
class RenewalApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static TestHub hub;
  static HubKeys keys;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of());
    keys = hub.bean(HubKeys.class);
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void anEnrolledKitGetsANewCertificateForItsNewKey() throws Exception {
    Credential current = enroll("kit-51");
    KeyPair next = Pki.newKeyPair();

    HttpResponse<String> response = renew(signedCsr(current, next, "kit-51"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("kitId").asText()).isEqualTo("kit-51");
    X509Certificate renewed = Pki.certificateFromPem(body.get("kitCertificatePem").asText());
    Pki.verifyIssued(renewed, keys.ca().certificate(), Role.KIT, Instant.now());
    assertThat(renewed.getPublicKey()).isEqualTo(next.getPublic());
    assertThat(renewed.getSerialNumber()).isNotEqualTo(current.certificate().getSerialNumber());
    assertThat(Pki.commonName(renewed)).isEqualTo("kit-51");
    assertThat(Pki.certificateFromPem(body.get("hubEncryptionCertificatePem").asText()))
        .isEqualTo(keys.encryption().certificate());
    assertThat(
            Pki.certificateFromPem(
                hub.jdbc()
                    .queryForObject(
                        "SELECT certificate_pem FROM kit WHERE kit_id = ?",
                        String.class,
                        "kit-51")))
        .isEqualTo(renewed);
    assertThat(
            hub.jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'ENROLL' AND subject = 'kit-51'"
                        + " AND detail LIKE 'renewed%'",
                    Integer.class))
        .isEqualTo(1);
  }

  @Test
  void theHubKeepsTheCertificatesAKitHeldBeforeSoItsOldSignaturesStillVerify() throws Exception {
    Credential first = enroll("kit-58");
    KeyPair second = Pki.newKeyPair();
    assertThat(renew(signedCsr(first, second, "kit-58")).statusCode()).isEqualTo(200);
    byte[] receiptData = "BRA3-000001-4|2026-11-22".getBytes(StandardCharsets.UTF_8);
    byte[] sealedBeforeRenewal = PlainSignature.sign(first.privateKey(), receiptData);
    byte[] sealedAfterRenewal = PlainSignature.sign(second.getPrivate(), receiptData);
    byte[] neverIssued = PlainSignature.sign(Pki.newKeyPair().getPrivate(), receiptData);

    List<X509Certificate> held = hub.bean(KitRegistry.class).certificatesEverHeld("kit-58");

    assertThat(held).hasSize(2).contains(first.certificate());
    assertThat(held)
        .anyMatch(c -> PlainSignature.verify(c.getPublicKey(), receiptData, sealedBeforeRenewal))
        .anyMatch(c -> PlainSignature.verify(c.getPublicKey(), receiptData, sealedAfterRenewal))
        .noneMatch(c -> PlainSignature.verify(c.getPublicKey(), receiptData, neverIssued));
    assertThat(hub.bean(KitRegistry.class).certificate("kit-58").orElseThrow().getPublicKey())
        .isEqualTo(second.getPublic());
  }

  @Test
  void refusesARevokedKit() throws Exception {
    Credential current = enroll("kit-52");
    hub.bean(KitRegistry.class).revoke("kit-52", "Koffer gestohlen", Instant.now());

    HttpResponse<String> response = renew(signedCsr(current, Pki.newKeyPair(), "kit-52"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("Renewal refused", "revoked");
  }

  @Test
  void refusesAKitCertifiedByAForeignCa() throws Exception {
    Credential foreignCa = Pki.createCa("Fremde CA", Duration.ofDays(30), TestKit.CLOCK);
    Credential foreign = TestKit.certifiedBy(foreignCa, keys, "kit-53").credential();

    HttpResponse<String> response = renew(signedCsr(foreign, Pki.newKeyPair(), "kit-53"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("not a valid kit certificate of this hub");
  }

  @Test
  void refusesAKitWhoseCertificateHasExpired() throws Exception {
    Clock lastYear = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
    KeyPair old = Pki.newKeyPair();
    Credential expired =
        new Credential(
            old.getPrivate(),
            Pki.issue(
                keys.ca(), old.getPublic(), "kit-54", Role.KIT, Duration.ofDays(365), lastYear),
            List.of(keys.ca().certificate()));

    HttpResponse<String> response = renew(signedCsr(expired, Pki.newKeyPair(), "kit-54"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("Renewal refused");
    // Bouncy Castle already refuses a signature made outside the certificate's validity
  }

  @Test
  void refusesARequestForAnotherKitName() throws Exception {
    Credential current = enroll("kit-55");

    HttpResponse<String> response = renew(signedCsr(current, Pki.newKeyPair(), "kit-56"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("kit-56", "kit-55");
    assertThat(
            hub.jdbc()
                .queryForObject("SELECT COUNT(*) FROM kit WHERE kit_id = 'kit-56'", Integer.class))
        .isZero();
  }

  @Test
  void refusesGarbage() throws Exception {
    HttpResponse<String> response = renew("nonsense".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("not a valid signed certificate request");
  }

  @Test
  void refusesASignedMessageThatIsNoCertificateRequest() throws Exception {
    Credential current = enroll("kit-57");

    HttpResponse<String> response =
        renew(Cms.sign("hello".getBytes(StandardCharsets.US_ASCII), current));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response)).contains("not a valid certificate request");
  }

  private static Credential enroll(String kitId) throws Exception {
    String token = "renewal-test-" + kitId;
    Instant now = Instant.now();
    hub.jdbc()
        .update(
            "INSERT INTO enrollment_token (token, created_at, expires_at) VALUES (?, ?, ?)",
            token,
            now.toString(),
            now.plus(Duration.ofHours(1)).toString());
    KeyPair kitKeys = Pki.newKeyPair();
    HttpResponse<String> response =
        hub.postJsonAnonymous(
            "/api/enrollment",
            JSON.writeValueAsString(
                Map.of("token", token, "csrPem", Pki.createCsr(kitKeys, kitId, Role.KIT))));
    assertThat(response.statusCode()).isEqualTo(200);
    X509Certificate cert =
        Pki.certificateFromPem(JSON.readTree(response.body()).get("kitCertificatePem").asText());
    return new Credential(kitKeys.getPrivate(), cert, List.of(keys.ca().certificate()));
  }

  private static byte[] signedCsr(Credential signer, KeyPair next, String commonName) {
    return Cms.sign(
        Pki.createCsr(next, commonName, Role.KIT).getBytes(StandardCharsets.US_ASCII), signer);
  }

  private HttpResponse<String> renew(byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(hub.uri("/api/enrollment/renew"))
            .header("Content-Type", "application/pkcs7-mime")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String error(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).path("error").asText();
  }
}
