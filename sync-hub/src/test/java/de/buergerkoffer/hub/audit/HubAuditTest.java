package de.buergerkoffer.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.hub.TestDatabase;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.ingest.IngestService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log in the running hub: enrollment, accepted and quarantined bundles leave entries with
 * kit ids, bundle ids and case numbers but none of the residents' data, and {@code GET
 * /api/audit/verify} and the command line check report the chain.
 */
class HubAuditTest {

  private static final String TOKEN = "audit-token-5d1e";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static TestHub hub;
  static TestKit kit07;

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of("bk.hub.bootstrap-token", TOKEN));
    kit07 = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07");
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  private static List<Map<String, Object>> entries(String action, String subject) {
    return hub.jdbc()
        .queryForList(
            "SELECT actor, action, subject, detail FROM audit_log WHERE action = ? AND subject = ?",
            action,
            subject);
  }

  @Test
  void anEnrolledKitIsAuditedOnceTheEnrollmentIsCommitted() throws Exception {
    String csr = Pki.createCsr(Pki.newKeyPair(), "kit-31", Role.KIT);

    int status =
        hub.postJsonAnonymous(
                "/api/enrollment", JSON.writeValueAsString(Map.of("token", TOKEN, "csrPem", csr)))
            .statusCode();

    assertThat(status).isEqualTo(200);
    assertThat(entries("ENROLL", "kit-31"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("actor", "hub");
              assertThat((String) e.get("detail")).startsWith("certificate=");
              assertThat((String) e.get("detail")).doesNotContain(TOKEN);
            });
  }

  @Test
  void aRefusedEnrollmentLeavesNoEnrollEntry() throws Exception {
    String csr = Pki.createCsr(Pki.newKeyPair(), "kit-32", Role.KIT);

    int status =
        hub.postJsonAnonymous(
                "/api/enrollment",
                JSON.writeValueAsString(Map.of("token", "guessed", "csrPem", csr)))
            .statusCode();

    assertThat(status).isEqualTo(403);
    assertThat(entries("ENROLL", "kit-32")).isEmpty();
  }

  @Test
  void anAcceptedBundleIsAuditedWithKitBundleAndCaseNumberButNoResidentData() {
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(sent);
    IngestService ingest = hub.bean(IngestService.class);

    ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes());
    ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes());

    List<Map<String, Object>> accepted = entries("SYNC_ACCEPT", bundle.bundleId().toString());
    assertThat(accepted)
        .extracting(e -> e.get("detail"))
        .containsExactly(
            "cases=" + sent.caseNumber() + "; new=1",
            "cases=" + sent.caseNumber() + "; new=0; duplicate");
    assertThat(accepted).allSatisfy(e -> assertThat(e).containsEntry("actor", "kit-07"));
    String wholeLog = hub.jdbc().queryForList("SELECT * FROM audit_log").toString();
    assertThat(sent.fields().values())
        .allSatisfy(value -> assertThat(wholeLog).doesNotContain(value));
  }

  @Test
  void aQuarantinedBundleIsAuditedWithItsReason() {
    SealedBundle bundle = kit07.seal(TestKit.meldebescheinigung());

    hub.bean(IngestService.class).ingest("kit-08", bundle.bundleId(), bundle.bytes());

    assertThat(entries("QUARANTINE", bundle.bundleId().toString()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("actor", "hub");
              assertThat((String) e.get("detail"))
                  .startsWith("reason=SIGNER_MISMATCH; topic kit=kit-08; sha256=");
            });
  }

  @Test
  void theVerifyEndpointAndTheCommandReportTheIntactChain() throws Exception {
    hub.bean(IngestService.class).quarantineUnaddressed("bk/v1/junk", new byte[] {1, 2, 3});

    JsonNode report = JSON.readTree(hub.get("/api/audit/verify").body());

    long count = hub.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    assertThat(report.get("ok").asBoolean()).isTrue();
    assertThat(report.get("entries").asLong()).isEqualTo(count).isPositive();
    assertThat(report.get("headHash").asText()).matches("[0-9a-f]{64}");
    assertThat(report.get("firstBroken").isNull()).isTrue();
    TestDatabase database = TestDatabase.of(dataDir);
    assertThat(
            VerifyAuditLog.run(
                new String[] {database.location()},
                database.loginEnvironment(),
                System.out,
                System.err))
        .isZero();
  }
}
