package de.buergerkoffer.hub.kits;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.AdminSession;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.ingest.IngestService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's kits page on a whole hub: what it shows per kit, and revocation with a reason. */
class KitAdminPageTest {

  @TempDir static Path dir;
  static TestHub hub;
  static TestKit kit07;
  static AdminSession admin;

  @BeforeAll
  static void start() {
    hub = TestHub.start(dir, Map.of());
    admin = new AdminSession(hub);
    kit07 = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07");
    for (String kitId : new String[] {"kit-07", "kit-08"}) {
      TestKit kit =
          kitId.equals("kit-07") ? kit07 : TestKit.certifiedBy(hub.bean(HubKeys.class), kitId);
      hub.jdbc()
          .update(
              "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
              kitId,
              Pki.toPem(kit.credential().certificate()),
              StoredTime.format(Instant.parse("2026-11-01T09:00:00Z")));
    }
  }

  @AfterAll
  static void stop() {
    hub.close();
  }

  @Test
  void theKitsPageShowsCasesReceivedPendingBytesAndCertificateExpiryPerKit() {
    SealedBundle bundle = kit07.seal(TestKit.meldebescheinigung(), TestKit.meldebescheinigung());
    hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes());
    UUID transfer = UUID.randomUUID();
    hub.jdbc()
        .update(
            "INSERT INTO transfer (bundle_id, kit_id, chunk_count, size_bytes, sha256, started_at)"
                + " VALUES (?, 'kit-08', 3, 3000, 'ab', ?)",
            transfer.toString(),
            StoredTime.format(Instant.now()));
    hub.jdbc()
        .update(
            "INSERT INTO transfer_chunk (bundle_id, idx, data) VALUES (?, 0, ?)",
            transfer.toString(),
            new byte[1234]);

    Map<String, Long> pending = hub.bean(KitActivity.class).pendingBytes();
    Map<String, Integer> cases = hub.bean(KitActivity.class).casesReceived();
    assertThat(pending).containsEntry("kit-08", 1234L).doesNotContainKey("kit-07");
    assertThat(cases).containsEntry("kit-07", 2).doesNotContainKey("kit-08");
    assertThat(hub.bean(KitActivity.class).certificateExpiry().get("kit-07"))
        .isEqualTo(kit07.credential().certificate().getNotAfter().toInstant());

    String page = admin.get("/admin/koffer").body();
    assertThat(page).contains("kit-07").contains("kit-08").contains("1.234 Byte");
    assertThat(page).contains("01.11.2026 10:00"); // enrolled, shown in Berlin time
    assertThat(page).contains("aktiv").contains("/admin/anmeldung");
  }

  @Test
  void revokingNeedsAReasonAndIsRecordedWithIt() throws Exception {
    assertThat(admin.get("/admin/koffer/kit-08/sperren").body()).contains("Wirklich sperren?");

    HttpResponse<String> noReason = post("/admin/koffer/kit-08/sperren", " ");
    assertThat(noReason.statusCode()).isEqualTo(302);
    assertThat(hub.bean(KitRegistry.class).isRevoked("kit-08")).isFalse();

    post("/admin/koffer/kit-08/sperren", "gestohlen am 12.11.");

    KitRecord kit = hub.bean(KitRegistry.class).find("kit-08").orElseThrow();
    assertThat(kit.revoked()).isTrue();
    assertThat(kit.revokeReason()).isEqualTo("gestohlen am 12.11.");
    assertThat(admin.get("/admin/koffer").body())
        .contains("gesperrt")
        .contains("gestohlen am 12.11.");
    assertThat(
            hub.jdbc()
                .queryForList(
                    "SELECT detail FROM audit_log WHERE action = 'REVOKE' AND subject = 'kit-08'",
                    String.class))
        .containsExactly("reason=gestohlen am 12.11.");
    assertThat(admin.get("/admin/koffer/kit-99/sperren").statusCode()).isEqualTo(404);
  }

  @Test
  void theAdminPagesSpeakEnglishWhenAskedTo() {
    for (String path :
        new String[] {"/admin/koffer", "/admin/quarantaene", "/dashboard", "/planung"}) {
      HttpResponse<String> page = admin.get(path + "?lang=en", "en");
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains("lang=\"en\"").doesNotContain("??");
    }
    assertThat(admin.get("/admin/koffer?lang=en", "en").body())
        .contains("Enrolled since")
        .contains("Certificate valid until");
    assertThat(admin.get("/admin/koffer?lang=de", "de").body()).contains("Angemeldet seit");
  }

  private static HttpResponse<String> post(String path, String reason) {
    return admin.post(path, Map.of("reason", reason), path);
  }
}
