package de.buergerkoffer.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.transfer.ExportLayout;
import de.buergerkoffer.hub.enrollment.HubKeys;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hub on PostgreSQL, as a town hall with its own database server runs it: a kit's sealed
 * bundle comes in from a USB stick, lands in the inbox, and is still there after a restart. Runs in
 * every {@code ./mvnw verify} where PostgreSQL is installed (skipped without it, a failure under
 * {@code CI=true}); the {@code postgres} profile runs all other hub tests on it as well.
 */
class HubOnPostgresIT {

  @TempDir Path dataDir;
  @TempDir Path stick;

  @BeforeAll
  static void needsPostgres() {
    boolean installed = TestPostgres.binaries().isPresent();
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but PostgreSQL is not installed");
    }
    assumeTrue(installed, "PostgreSQL is not installed (apt-get install postgresql)");
  }

  @Test
  void aSealedBundleFromAStickReachesTheInboxAndOutlivesARestart() throws Exception {
    TestDatabase.Postgres database = TestDatabase.postgres();
    CaseData sent = TestKit.meldebescheinigungWith(Map.of("familyName", "Jäger-Özdemir"));
    SealedBundle bundle;
    try (TestHub hub = TestHub.start(dataDir, database, Map.of())) {
      bundle = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07").seal(sent);
      ExportLayout.writeDurably(
          ExportLayout.bundleFile(stick, "kit-07", bundle.bundleId()), bundle.bytes());

      HttpResponse<String> imported =
          hub.postJson("/api/import", "{\"folder\": \"" + stick + "\"}");

      assertThat(imported.statusCode()).isEqualTo(200);
      assertThat(imported.body()).contains("\"accepted\":1").contains("\"rejected\":0");
      assertThat(ExportLayout.ackFile(stick, "kit-07", bundle.bundleId())).isNotEmptyFile();
      assertThat(inbox(hub)).contains(sent.caseNumber()).contains("Jäger-Özdemir");
      assertThat(hub.jdbc().queryForObject("SELECT version()", String.class))
          .startsWith("PostgreSQL");
    }

    try (TestHub restarted = TestHub.start(dataDir, database, Map.of())) {
      assertThat(inbox(restarted)).contains(sent.caseNumber());
      assertThat(restarted.get("/api/cases/" + sent.caseId()).body()).contains("Jäger-Özdemir");
      assertThat(restarted.get("/api/audit/verify").body()).contains("\"ok\":true");
      assertThat(
              restarted
                  .jdbc()
                  .queryForObject(
                      "SELECT COUNT(*) FROM received_bundle WHERE bundle_id = ?",
                      Integer.class,
                      bundle.bundleId().toString()))
          .isEqualTo(1);
    }
    assertThat(Files.exists(dataDir.resolve("hub.db"))).as("no SQLite file on the side").isFalse();
  }

  private static String inbox(TestHub hub) {
    HttpResponse<String> page = hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD).get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }
}
