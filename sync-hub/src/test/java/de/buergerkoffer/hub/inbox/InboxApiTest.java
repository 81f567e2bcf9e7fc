package de.buergerkoffer.hub.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.ingest.IngestService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Town-hall staff see the received cases: as JSON for the back office, as the inbox page. */
class InboxApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static TestHub hub;
  static CaseData received;

  @BeforeAll
  static void startHubWithOneReceivedCase() {
    hub = TestHub.start(dataDir, Map.of());
    received = TestKit.meldebescheinigungWith(Map.of("familyName", "Öztürk-Weiß"));
    SealedBundle bundle = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07").seal(received);
    Ack ack =
        hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes()).ack();
    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void listsStoredCasesWithTheirFieldValues() throws Exception {
    HttpResponse<String> response = hub.get("/api/cases");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode cases = JSON.readTree(response.body());
    assertThat(cases.isArray()).isTrue();
    assertThat(cases).hasSize(1);
    JsonNode listed = cases.get(0);
    assertThat(listed.get("caseId").asText()).isEqualTo(received.caseId().toString());
    assertThat(listed.get("caseNumber").asText()).isEqualTo(received.caseNumber());
    assertThat(listed.get("kitId").asText()).isEqualTo("kit-07");
    assertThat(listed.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(JSON.convertValue(listed.get("fields"), Map.class)).isEqualTo(received.fields());
  }

  @Test
  void showsOneStoredCase() throws Exception {
    HttpResponse<String> response = hub.get("/api/cases/" + received.caseId());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode one = JSON.readTree(response.body());
    assertThat(one.get("caseNumber").asText()).isEqualTo(received.caseNumber());
    assertThat(one.get("fields").get("familyName").asText()).isEqualTo("Öztürk-Weiß");
  }

  @Test
  void answersNotFoundForACaseItDoesNotHold() {
    assertThat(hub.get("/api/cases/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void rendersTheCaseNumberOnTheInboxPage() {
    HttpResponse<String> page = hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD).get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("Posteingang")
        .contains(received.caseNumber())
        .contains("Öztürk-Weiß")
        .contains("Meldebescheinigung beantragen");
  }

  @Test
  void theInboxFindsTheCaseByNameWithoutUmlautsOrByNumberAndNotByAnotherName() {
    TestHub.Session session = hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD);

    assertThat(session.get("/?q=oeztuerk").body()).contains(received.caseNumber());
    assertThat(session.get("/?q=" + received.caseNumber().substring(0, 8)).body())
        .contains(received.caseNumber());
    assertThat(session.get("/?q=Nobody").body())
        .doesNotContain(received.caseNumber())
        .contains("Keine Anträge gefunden");
    assertThat(session.get("/?status=DONE").body()).doesNotContain(received.caseNumber());
    assertThat(session.get("/?koffer=kit-07&status=RECEIVED").body())
        .contains(received.caseNumber());
  }

  @Test
  void theCasePageShowsLabelsValuesAndThePdf() {
    HttpResponse<String> page =
        hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD).get("/faelle/" + received.caseId());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Familienname", "Öztürk-Weiß", "/api/cases/" + received.caseId() + "/pdf");
    assertThat(hub.get("/api/cases/" + received.caseId() + "/pdf").body()).startsWith("%PDF-");
  }
}
