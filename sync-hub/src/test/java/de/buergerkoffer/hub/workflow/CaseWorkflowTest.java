package de.buergerkoffer.hub.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.CaseStatusBoard;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.ingest.IngestService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status workflow over the API, its history, and the board the kit gets. */
class CaseWorkflowTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static TestHub hub;

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of());
    TestKit kit = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07");
    hub.jdbc()
        .update(
            "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
            "kit-07",
            Pki.toPem(kit.credential().certificate()),
            StoredTime.format(Instant.now()));
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  private static CaseData received() {
    CaseData c = TestKit.meldebescheinigung();
    SealedBundle bundle = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07").seal(c);
    Ack ack =
        hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes()).ack();
    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
    return c;
  }

  private static HttpResponse<String> change(CaseData c, String status, String note)
      throws Exception {
    return hub.postJson(
        "/api/cases/" + c.caseId() + "/status",
        JSON.writeValueAsString(
            note == null ? Map.of("status", status) : Map.of("status", status, "note", note)));
  }

  @Test
  void aQueryNeedsANote() throws Exception {
    CaseData c = received();

    HttpResponse<String> refused = change(c, "QUERY", " ");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Notiz");
    assertThat(hub.bean(CaseStates.class).current(c.caseId()).orElseThrow().status())
        .isEqualTo(CaseStatusBoard.WorkStatus.RECEIVED);
  }

  @Test
  void aChangeIsKeptInTheHistoryWithWhoAndTheNote() throws Exception {
    CaseData c = received();

    assertThat(change(c, "IN_PROGRESS", null).statusCode()).isEqualTo(200);
    HttpResponse<String> queried = change(c, "QUERY", "Bitte Vollmacht nachreichen");

    assertThat(queried.statusCode()).isEqualTo(200);
    JsonNode history = JSON.readTree(hub.get("/api/cases/" + c.caseId() + "/history").body());
    assertThat(history).hasSize(2);
    assertThat(history.get(1).get("status").asText()).isEqualTo("QUERY");
    assertThat(history.get(1).get("actor").asText()).isEqualTo(TestHub.ADMIN);
    assertThat(history.get(1).get("note").asText()).isEqualTo("Bitte Vollmacht nachreichen");
    assertThat(JSON.readTree(hub.get("/api/cases/" + c.caseId()).body()).get("status").asText())
        .isEqualTo("QUERY");
  }

  @Test
  void aReceivedCaseCannotBeDoneWithoutBeingWorked() throws Exception {
    CaseData c = received();

    assertThat(change(c, "DONE", null).statusCode()).isEqualTo(422);
  }

  @Test
  void aChangeIsAuditedWithoutTheNote() throws Exception {
    CaseData c = received();

    change(c, "REJECTED", "Frau Geheim ist nicht zuständig");

    String detail =
        hub.jdbc()
            .queryForObject(
                "SELECT detail FROM audit_log WHERE action = 'CASE_STATUS' AND subject = ?",
                String.class,
                c.caseNumber());
    assertThat(detail).isEqualTo("RECEIVED->REJECTED").doesNotContain("Geheim");
  }

  @Test
  void theKitsBoardCarriesOpenCasesWithTheirNotesAndAStrictlyRisingVersion() throws Exception {
    CaseData c = received();
    change(c, "QUERY", "Geburtsurkunde fehlt");
    StatusBoardPublisher boards = hub.bean(StatusBoardPublisher.class);

    CaseStatusBoard first = boards.board("kit-07");
    CaseStatusBoard second = boards.board("kit-07");

    assertThat(first.kitId()).isEqualTo("kit-07");
    assertThat(first.entries())
        .anySatisfy(
            e -> {
              assertThat(e.caseNumber()).isEqualTo(c.caseNumber());
              assertThat(e.status()).isEqualTo(CaseStatusBoard.WorkStatus.QUERY);
              assertThat(e.note()).isEqualTo("Geburtsurkunde fehlt");
            });
    assertThat(second.version()).isGreaterThan(first.version());
  }
}
