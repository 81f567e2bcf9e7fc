package de.buergerkoffer.kit.visit;

import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.ACCESS_RIGHTS;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.AUTH_CANCELLED;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.AUTH_OK;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.AUTH_STARTED;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.INSERT_CARD;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.REFRESH_URL;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.enterPin;
import static de.buergerkoffer.hardware.idcard.ausweisapp.FakeAusweisApp.on;
import static de.buergerkoffer.kit.visit.KitWebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.hardware.idcard.ausweisapp.FakeAusweisApp;
import de.buergerkoffer.kit.FreePort;
import de.buergerkoffer.kit.KitApplication;
import de.buergerkoffer.kit.clerks.TestClerks;
import de.buergerkoffer.kit.devices.FakeEidService;
import de.buergerkoffer.kit.sync.BundleTransport;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The online eID function in a visit, on a real kit with {@code bk.devices.idcard=ausweisapp}: the
 * AusweisApp is {@link FakeAusweisApp} (the SDK's WebSocket conversation), the town's eID service
 * is {@link FakeEidService} (real HTTP). The resident types the PIN on the kit's page, the reading
 * gets it once, the card's data come from the eID service into the visit; the PIN is in no log,
 * audit entry, file or web session. Cancel goes back to the manual entry, and an offline kit shows
 * the reader as not available.
 */
@ExtendWith(OutputCaptureExtension.class)
class EidVisitWebTest {

  private static final String PIN = "482915";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private ConfigurableApplicationContext kit;
  private FakeAusweisApp ausweisApp;
  private FakeEidService town;
  private final KitWebClient web = new KitWebClient(() -> kit);

  @AfterEach
  void stop() throws Exception {
    if (kit != null) {
      kit.close();
    }
    if (ausweisApp != null) {
      ausweisApp.close();
    }
    if (town != null) {
      town.close();
    }
  }

  private String startKitWithAVisit(boolean online, FakeAusweisApp.Step... script)
      throws Exception {
    ausweisApp = new FakeAusweisApp(List.of(script));
    town = FakeEidService.answering(200, FakeEidService.MUSTERMANN_JSON);
    int nothingListens = FreePort.find();
    kit =
        KitApplication.builder()
            .initializers(
                context -> {
                  if (online) {
                    // the kit's online state without a broker: a link that says "connected"
                    ((GenericApplicationContext) context)
                        .registerBean(
                            "linkThatIsUp",
                            BundleTransport.class,
                            LinkThatIsUp::new,
                            definition -> definition.setPrimary(true));
                  }
                })
            .run(
                "--bk.kit.data-dir=" + dataDir,
                "--bk.kit.id=kit-07",
                "--bk.kit.case-prefix=TK07",
                "--bk.kit.hub-url=http://127.0.0.1:" + nothingListens,
                "--bk.kit.broker-url=tcp://127.0.0.1:" + nothingListens,
                "--bk.kit.argon2.memory-kib=256",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--bk.devices.idcard=ausweisapp",
                "--bk.devices.eid.service-url=" + town.url(),
                "--bk.devices.eid.web-socket=" + ausweisApp.uri(),
                "--bk.devices.eid.step-timeout=20s");
    TestClerks.seed(kit);
    web.logIn();
    return URI.create(location(web.post("/besuch", Map.of("residentName", "Erika Mustermann"))))
        .getPath();
  }

  /** Follows the eID page (as its refresh does) until it asks for something or leads on. */
  private HttpResponse<String> followUntil(String visitPath, String marker) {
    AtomicReference<HttpResponse<String>> page = new AtomicReference<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              page.set(web.get(visitPath + "/ausweis/eid"));
              return page.get().statusCode() == 302 || page.get().body().contains(marker);
            });
    return page.get();
  }

  @Test
  void theResidentTypesThePinOnTheKitAndTheVisitGetsTheDataFromTheTownsEidService(
      CapturedOutput output) throws Exception {
    String visitPath =
        startKitWithAVisit(
            true,
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on("ACCEPT", INSERT_CARD, enterPin(3, false)),
            on("SET_PIN", AUTH_OK));
    assertThat(web.get(visitPath + "/ausweis").body())
        .contains("id=\"eid-hint\"", "gibt die Person ihre PIN selbst");

    assertThat(location(web.post(visitPath + "/ausweis", Map.of("can", "123456"))))
        .endsWith(visitPath + "/ausweis/eid");
    HttpResponse<String> asking = followUntil(visitPath, "name=\"pin\"");
    assertThat(asking.statusCode()).isEqualTo(200);
    assertThat(asking.body())
        .contains("type=\"password\"", "Die Sachbearbeitung sieht sie nicht")
        .doesNotContain("http-equiv=\"refresh\"");

    assertThat(location(web.post(visitPath + "/ausweis/eid/pin", Map.of("pin", PIN))))
        .endsWith(visitPath + "/ausweis/eid");
    HttpResponse<String> done = followUntil(visitPath, "never shown");

    assertThat(location(done)).endsWith(visitPath);
    assertThat(web.get(visitPath).body())
        .containsIgnoringCase("Mustermann")
        .contains("Ausweis gelesen.", "Online-Ausweisfunktion (eID)")
        .contains("Online-Ausweisfunktion (eID) – vom eID-Dienst der Gemeinde bestätigt");
    assertThat(ausweisApp.commandNames()).containsExactly("RUN_AUTH", "ACCEPT", "SET_PIN");
    assertThat(ausweisApp.received().get(2).path("value").asText()).isEqualTo(PIN);
    assertThat(ausweisApp.received().get(0).path("tcTokenURL").asText())
        .isEqualTo(town.url() + "/tc-token");
    assertThat(town.requests()).hasSize(1);
    assertThat(JSON.readTree(town.requests().get(0).body()).path("refreshUrl").asText())
        .isEqualTo(REFRESH_URL);
    // a second PIN for the same reading is not taken
    assertThat(location(web.post(visitPath + "/ausweis/eid/pin", Map.of("pin", PIN))))
        .endsWith(visitPath + "/ausweis/eid");
    assertThat(ausweisApp.commandNames()).containsOnlyOnce("SET_PIN");

    assertThat(output.getAll()).contains("Tomcat started on port").doesNotContain(PIN);
    assertThat(VisitFlowTest.filesContain(dataDir, PIN)).as("data folder incl. audit").isFalse();
    assertThat(sessionContents()).isNotEmpty().noneMatch(content -> content.contains(PIN));
  }

  @Test
  void cancellingOnThePinPageEndsTheReadingAndOpensTheManualEntry() throws Exception {
    String visitPath =
        startKitWithAVisit(
            true,
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on("ACCEPT", enterPin(3, false)),
            on("CANCEL", AUTH_CANCELLED));
    web.post(visitPath + "/ausweis", Map.of("can", "123456"));
    followUntil(visitPath, "name=\"pin\"");

    assertThat(location(web.post(visitPath + "/ausweis/eid/abbrechen", Map.of())))
        .endsWith(visitPath + "/ausweis");

    assertThat(web.get(visitPath + "/ausweis").body())
        .contains("Online-Ausweisfunktion abgebrochen.", "id=\"manual\" open");
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> ausweisApp.commandNames().contains("CANCEL"));
    assertThat(ausweisApp.commandNames()).doesNotContain("SET_PIN");
    assertThat(town.requests()).isEmpty();
    assertThat(location(web.get(visitPath + "/ausweis/eid"))).endsWith(visitPath + "/ausweis");
  }

  @Test
  void offlineTheEidReaderIsNotAvailableAnywhereAndTheClerkTypesTheData() throws Exception {
    String visitPath = startKitWithAVisit(false);

    JsonNode reader = JSON.readTree(web.api("/api/devices").body()).get(0);
    assertThat(reader.get("device").asText()).isEqualTo("ID_CARD_READER");
    assertThat(reader.get("adapter").asText()).isEqualTo("ausweisapp");
    assertThat(reader.get("state").asText()).isEqualTo("NOT_CONNECTED");
    assertThat(reader.get("messageDe").asText())
        .startsWith("Online-Ausweisfunktion nicht verfügbar (offline)");
    assertThat(web.get("/geraete").body()).contains("nicht verfügbar (offline)");
    assertThat(web.get(visitPath + "/ausweis").body())
        .contains("nicht verfügbar (offline)", "id=\"manual\" open");

    web.post(visitPath + "/ausweis", Map.of("can", "123456"));
    HttpResponse<String> back = followUntil(visitPath, "never shown");

    assertThat(location(back)).endsWith(visitPath + "/ausweis");
    assertThat(web.get(visitPath + "/ausweis").body())
        .contains("Der Koffer hat keine Verbindung", "id=\"manual\" open");
    assertThat(ausweisApp.received()).isEmpty();
  }

  /** Every attribute of every web session, serialised (or as text where it cannot be). */
  private List<String> sessionContents() throws Exception {
    TomcatWebServer server =
        (TomcatWebServer) ((ServletWebServerApplicationContext) kit).getWebServer();
    Context context = (Context) server.getTomcat().getHost().findChildren()[0];
    List<String> contents = new ArrayList<>();
    for (Session session : context.getManager().findSessions()) {
      for (String name : Collections.list(session.getSession().getAttributeNames())) {
        Object value = session.getSession().getAttribute(name);
        if (value instanceof Serializable) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
          }
          contents.add(name + "=" + bytes.toString(StandardCharsets.ISO_8859_1));
        } else {
          contents.add(name + "=" + value);
        }
      }
    }
    return contents;
  }

  /** The kit's link when the broker is in reach; nothing is sent in these tests. */
  private static final class LinkThatIsUp implements BundleTransport {
    @Override
    public boolean connected() {
      return true;
    }

    @Override
    public boolean send(String kitId, UUID bundleId, byte[] sealed) {
      return false;
    }
  }
}
