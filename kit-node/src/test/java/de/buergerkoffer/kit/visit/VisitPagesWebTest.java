package de.buergerkoffer.kit.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.hardware.idcard.manual.CheckDigit;
import de.buergerkoffer.kit.FreePort;
import de.buergerkoffer.kit.KitApplication;
import de.buergerkoffer.kit.clerks.TestClerks;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The visit pages over HTTP on a real (offline) kit: a draft typed half-way is on the page again
 * after a reload and after a restart of the kit, a step with a missing value answers in plain
 * German, and the status bar and device API answer.
 */
class VisitPagesWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private ConfigurableApplicationContext kit;
  private final KitWebClient web = new KitWebClient(() -> kit);

  @AfterEach
  void stop() {
    if (kit != null) {
      kit.close();
    }
  }

  private void startKit() throws Exception {
    int nothingListens = FreePort.find();
    kit =
        KitApplication.builder()
            .run(
                "--bk.kit.data-dir=" + dataDir,
                "--bk.kit.id=kit-07",
                "--bk.kit.case-prefix=TK07",
                "--bk.kit.clerk=Frau Schmidt",
                "--bk.kit.hub-url=http://127.0.0.1:" + nothingListens,
                "--bk.kit.broker-url=tcp://127.0.0.1:" + nothingListens,
                "--bk.kit.argon2.memory-kib=256",
                "--server.port=0",
                "--server.address=127.0.0.1");
    TestClerks.seed(kit);
    web.logIn();
  }

  @Test
  void aDraftIsThereAgainAfterAReloadAndAfterARestartAndOnlyAsCiphertextOnDisk() throws Exception {
    startKit();
    assertThat(get("/").body()).contains("Besuchsplan für heute");

    String visit = location(post("/besuch", Map.of("residentName", "Hedwig Weißenböck")));
    assertThat(visit).matches(".*/besuch/[0-9a-f-]{36}");
    String visitPath = URI.create(visit).getPath();
    assertThat(location(post(visitPath + "/antrag", Map.of("formId", "meldebescheinigung"))))
        .endsWith(visitPath + "/schritt/0");
    HttpResponse<String> saved =
        post(visitPath + "/schritt/0/entwurf", Map.of("familyName", "Weißenböck"));
    assertThat(saved.statusCode()).isEqualTo(204);

    assertThat(get(visitPath + "/schritt/0").body()).contains("value=\"Weißenböck\"");

    kit.close();
    startKit();

    assertThat(get(visitPath + "/schritt/0").body()).contains("value=\"Weißenböck\"");
    assertThat(get("/").body()).contains("Offene Besuche", "Hedwig Weißenböck");
    assertThat(VisitFlowTest.filesContain(dataDir, "Weißenböck")).isFalse();
  }

  @Test
  void aStepWithAMissingValueStaysAndSaysWhatIsMissingNextToTheField() throws Exception {
    startKit();
    String visitPath =
        URI.create(location(post("/besuch", Map.of("residentName", "Hedwig")))).getPath();
    post(visitPath + "/antrag", Map.of("formId", "meldebescheinigung"));

    HttpResponse<String> page =
        post(visitPath + "/schritt/0", Map.of("familyName", "Weißenböck", "go", "next"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Bitte prüfen Sie die markierten Angaben.")
        .contains("id=\"givenNames-error\"")
        .contains("value=\"Weißenböck\"");
  }

  @Test
  void thePagesSpeakEnglishOnRequestAndTheStatusAndDevicesAnswerAsJson() throws Exception {
    startKit();

    assertThat(get("/?lang=en").body()).contains("Visit plan for today");
    assertThat(get("/").body()).contains("Visit plan for today");
    assertThat(get("/?lang=de").body()).contains("Besuchsplan für heute");

    JsonNode status = JSON.readTree(get("/status.json").body());
    assertThat(status.get("online").asBoolean()).isFalse();
    assertThat(status.get("devices")).hasSize(5);
    JsonNode devices = JSON.readTree(web.api("/api/devices").body());
    assertThat(devices.get(0).get("device").asText()).isEqualTo("ID_CARD_READER");
    assertThat(devices.get(0).get("state").asText()).isEqualTo("CONNECTED");
    assertThat(get("/geraete").body()).contains("Simulierter Scanner bereit.");
  }

  @Test
  void whenTheReaderIsUnpluggedTheClerkTypesTheDataWithItsCheckDigits() throws Exception {
    startKit();
    get("/geraete");
    post("/geraete/ID_CARD_READER/aus", Map.of());
    String visitPath =
        URI.create(location(post("/besuch", Map.of("residentName", "Erika Mustermann")))).getPath();
    get(visitPath + "/ausweis");

    HttpResponse<String> failed = post(visitPath + "/ausweis", Map.of("can", "123456"));

    assertThat(failed.body()).contains("Kein Ausweisleser angeschlossen", "id=\"manual\" open");
    Map<String, String> typed = ManualIdEntry.specimen();
    typed.put("expiryDateCheckDigit", "0");
    HttpResponse<String> wrongDigit = post(visitPath + "/ausweis/hand", typed);
    assertThat(wrongDigit.statusCode()).isEqualTo(200);
    assertThat(wrongDigit.body()).contains("Prüfziffer");

    typed.put("expiryDateCheckDigit", String.valueOf(CheckDigit.compute("311031")));
    typed.put("visualCheck", "on");
    assertThat(location(post(visitPath + "/ausweis/hand", typed))).endsWith(visitPath);
    assertThat(get(visitPath).body())
        .contains("Erika Mustermann", "von Hand eingegeben")
        .contains("Von Hand eingegeben nach Sichtprüfung des Ausweises");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return web.get(path);
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return web.post(path, form);
  }

  private static String location(HttpResponse<String> response) {
    return KitWebClient.location(response);
  }
}
