package de.buergerkoffer.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.AdminSession;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.ingest.IngestService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard page on a whole hub: charts as inline SVG with their numbers, and the alarms. */
class DashboardPageTest {

  @TempDir static Path dir;
  static TestHub hub;

  @BeforeAll
  static void start() {
    hub = TestHub.start(dir, Map.of());
  }

  @AfterAll
  static void stop() {
    hub.close();
  }

  @Test
  void theDashboardDrawsItsChartsOnTheServerAndNamesQuietKitsAndOpenQuarantine() {
    TestKit kit = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07");
    hub.jdbc()
        .update(
            "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
            "kit-07",
            Pki.toPem(kit.credential().certificate()),
            StoredTime.format(Instant.now().minus(Duration.ofDays(10))));
    hub.jdbc()
        .update(
            "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
            "kit-09",
            Pki.toPem(kit.credential().certificate()),
            StoredTime.format(Instant.now().minus(Duration.ofDays(10))));
    SealedBundle bundle = kit.seal(TestKit.meldebescheinigung(), TestKit.meldebescheinigung());
    hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes());
    hub.bean(IngestService.class).ingest("kit-07", UUID.randomUUID(), new byte[] {1, 2, 3});

    String page = new AdminSession(hub).get("/dashboard").body();

    assertThat(page).contains("<svg").contains("role=\"img\"");
    assertThat(page).contains("Eingegangene Anträge pro Tag, letzte 30 Tage");
    assertThat(page)
        .contains("Meldebescheinigung beantragen: 2"); // a bar's title in the service chart
    assertThat(page).contains("&lt; 1 Min.").contains("1–10 Min.");
    assertThat(page).contains("Als Tabelle");
    assertThat(page).contains("id=\"kpi-total\">2<");
    assertThat(page).contains("id=\"kpi-quarantine\">1<");
    assertThat(page).contains("kit-09 (noch nie");
    assertThat(page).doesNotContain("cdn").doesNotContain("<script src=\"http");
    assertThat(hub.get("/api/dashboard").body()).contains("\"openQuarantine\":1");
  }
}
