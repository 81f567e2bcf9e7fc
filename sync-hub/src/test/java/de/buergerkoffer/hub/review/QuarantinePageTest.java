package de.buergerkoffer.hub.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.AdminSession;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.ingest.IngestService;
import de.buergerkoffer.hub.kits.KitAdmin;
import de.buergerkoffer.hub.quarantine.Quarantine;
import de.buergerkoffer.hub.quarantine.QuarantineEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarantine page on a whole hub with the real ingest: a revoked kit's bundle is held, cannot
 * be released while the kit is revoked, is stored exactly once when released after the kit was
 * enrolled again, and another one is rejected with a note.
 */
class QuarantinePageTest {

  @TempDir static Path dir;
  static TestHub hub;
  static TestKit kit07;
  static AdminSession admin;

  @BeforeAll
  static void start() {
    hub = TestHub.start(dir, Map.of());
    admin = new AdminSession(hub);
    kit07 = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07");
    hub.jdbc()
        .update(
            "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
            "kit-07",
            Pki.toPem(kit07.credential().certificate()),
            StoredTime.format(Instant.now()));
  }

  @AfterAll
  static void stop() {
    hub.close();
  }

  @Test
  void aRevokedKitsBundleIsReleasedOnlyAfterTheKitIsBackAndThenStoredOnce() throws Exception {
    hub.bean(KitAdmin.class).revoke("kit-07", "Koffer gestohlen");
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(sent);
    hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes());
    long id = entryFor(bundle).id();

    String list = admin.get("/admin/quarantaene").body();
    assertThat(list).contains("Koffer gesperrt").contains("kit-07");
    String detail = admin.get("/admin/quarantaene/" + id).body();
    assertThat(detail).contains("Koffer gesperrt").contains(bundle.sha256());

    HttpResponse<byte[]> raw = admin.getBytes("/admin/quarantaene/" + id + "/roh");
    assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(raw.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    assertThat(raw.body()).isEqualTo(bundle.bytes());

    // still revoked: the release fails and the entry stays open with its reason
    assertThat(postForm("/admin/quarantaene/" + id + "/freigeben", Map.of()).statusCode())
        .isEqualTo(302);
    QuarantineEntry stillHeld = hub.bean(Quarantine.class).find(id).orElseThrow();
    assertThat(stillHeld.open()).isTrue();
    assertThat(stillHeld.bundle().reason()).isEqualTo(RejectReason.REVOKED_SIGNER);
    assertThat(hub.bean(ReceivedCases.class).find(sent.caseId())).isEmpty();

    // the kit was found and enrolled again (here: the revocation undone in the registry)
    hub.jdbc().update("UPDATE kit SET revoked_at = NULL, revoke_reason = NULL");
    postForm("/admin/quarantaene/" + id + "/freigeben", Map.of());

    QuarantineEntry released = hub.bean(Quarantine.class).find(id).orElseThrow();
    assertThat(released.state()).isEqualTo(QuarantineEntry.State.RELEASED);
    assertThat(released.resolution()).isEqualTo("gespeichert: 1 neue Anträge");
    assertThat(hub.bean(ReceivedCases.class).find(sent.caseId()).orElseThrow().fields())
        .isEqualTo(sent.fields());
    // a second release does nothing; the kit resending the bundle is a duplicate
    postForm("/admin/quarantaene/" + id + "/freigeben", Map.of());
    hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes());
    assertThat(
            hub.jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM received_case WHERE case_id = ?",
                    Integer.class,
                    sent.caseId().toString()))
        .isEqualTo(1);
    assertThat(auditActions()).contains("QUARANTINE_RELEASE");
  }

  @Test
  void aRejectedEntryLeavesTheOpenListAndKeepsItsNote() throws Exception {
    SealedBundle bundle = kit07.seal(TestKit.caseOf("zauberstab", 1, Map.of("x", "y")));
    hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes());
    long id = entryFor(bundle).id();

    HttpResponse<String> refused = postForm("/admin/quarantaene/" + id + "/ablehnen", Map.of());
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(hub.bean(Quarantine.class).find(id).orElseThrow().open()).isTrue();

    postForm("/admin/quarantaene/" + id + "/ablehnen", Map.of("note", "Testformular, kein Antrag"));

    QuarantineEntry rejected = hub.bean(Quarantine.class).find(id).orElseThrow();
    assertThat(rejected.state()).isEqualTo(QuarantineEntry.State.REJECTED);
    assertThat(rejected.resolution()).isEqualTo("Testformular, kein Antrag");
    assertThat(hub.bean(Quarantine.class).entries(QuarantineEntry.State.OPEN, 100))
        .extracting(QuarantineEntry::id)
        .doesNotContain(id);
    assertThat(admin.get("/admin/quarantaene/" + id).body()).contains("abgelehnt von admin");
    assertThat(auditActions()).contains("QUARANTINE_REJECT");
  }

  @Test
  void theApiListsReleasesAndRejectsLikeThePage() throws Exception {
    SealedBundle bundle = kit07.seal(TestKit.caseOf("zauberstab", 2, Map.of("x", "y")));
    hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes());
    long id = entryFor(bundle).id();

    assertThat(hub.get("/api/quarantine/open").body())
        .contains("\"id\":" + id)
        .contains("UNKNOWN_FORM");
    assertThat(hub.postJson("/api/quarantine/" + id + "/release", "").body())
        .contains("STILL_QUARANTINED")
        .contains("UNKNOWN_FORM");
    assertThat(hub.postJson("/api/quarantine/" + id + "/reject", "{\"note\":\" \"}").statusCode())
        .isEqualTo(400);
    assertThat(
            hub.postJson("/api/quarantine/" + id + "/reject", "{\"note\":\"Testdaten\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(hub.postJson("/api/quarantine/" + id + "/release", "").statusCode()).isEqualTo(409);
    assertThat(hub.bean(Quarantine.class).find(id).orElseThrow().resolution())
        .isEqualTo("Testdaten");
  }

  private static QuarantineEntry entryFor(SealedBundle bundle) {
    return hub.bean(Quarantine.class).entries(QuarantineEntry.State.OPEN, 100).stream()
        .filter(e -> bundle.bundleId().equals(e.bundle().bundleId()))
        .findFirst()
        .orElseThrow();
  }

  private static java.util.List<String> auditActions() {
    return hub.jdbc().queryForList("SELECT action FROM audit_log", String.class);
  }

  private static HttpResponse<String> postForm(String path, Map<String, String> form) {
    // the form is on the entry's page: /admin/quarantaene/{id}
    String page = path.substring(0, path.lastIndexOf('/'));
    return admin.post(path, form, page);
  }
}
