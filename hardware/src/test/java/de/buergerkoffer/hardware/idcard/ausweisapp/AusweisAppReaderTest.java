package de.buergerkoffer.hardware.idcard.ausweisapp;

import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.ACCESS_RIGHTS;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.AUTH_CANCELLED;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.AUTH_OK;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.AUTH_STARTED;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.ERROR;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.INSERT_CARD;
import static de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppMessages.enterPin;
import static de.buergerkoffer.hardware.idcard.ausweisapp.FakeAusweisApp.on;
import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.Authenticity;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AusweisAppReader} against {@link FakeAusweisApp}, a WebSocket peer that plays the message
 * sequences of the AusweisApp SDK documentation (workflow chapter): a PIN typed on the kit, a PIN
 * typed on the reader's keypad, a wrong PIN, a cancel, the CAN before the last attempt, a
 * switched-off eID function, BAD_STATE, an unreachable eID service and no AusweisApp at all.
 */
class AusweisAppReaderTest {

  private static final URI TC_TOKEN = URI.create("https://eid.musterstadt.de/tcToken");
  private static final DocumentData MUSTERMANN =
      new DocumentData(
          "ID",
          "D",
          "T22000129",
          "MUSTERMANN",
          "ERIKA",
          LocalDate.of(1964, 8, 12),
          "D",
          LocalDate.of(2031, 10, 31),
          Optional.empty(),
          DataSource.CHIP,
          new Authenticity(
              Authenticity.Level.ISSUER_VERIFIED, "Echtheit geprüft (Online-Ausweisfunktion)."));

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");
  private final List<URI> refreshUrls = new ArrayList<>();
  private final EidService eidService =
      url -> {
        refreshUrls.add(url);
        return Optional.of(MUSTERMANN);
      };
  private final List<EidProgress> progress = new ArrayList<>();
  private final Deque<String> pinsTyped = new ArrayDeque<>();
  private final List<Integer> pinAskedWithRetries = new ArrayList<>();
  private final EidInteraction resident =
      new EidInteraction() {
        @Override
        public void progress(EidProgress p) {
          progress.add(p);
        }

        @Override
        public Optional<String> pin(int retryCounter) {
          pinAskedWithRetries.add(retryCounter);
          return Optional.ofNullable(pinsTyped.pollFirst());
        }

        @Override
        public Optional<String> can() {
          return Optional.empty();
        }
      };
  private FakeAusweisApp app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private AusweisAppReader reader(FakeAusweisApp.Step... steps) throws Exception {
    app = new FakeAusweisApp(List.of(steps));
    return new AusweisAppReader(
        new AusweisAppSettings(app.uri(), TC_TOKEN, Duration.ofSeconds(10)),
        eidService,
        resident,
        clock);
  }

  @Test
  void aPinTypedOnTheKitCompletesTheAuthenticationAndTheDataComeFromTheTownsEidService()
      throws Exception {
    AusweisAppReader reader =
        reader(
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on("ACCEPT", INSERT_CARD, enterPin(3, false)),
            on(
                "SET_PIN",
                "{\"msg\":\"STATUS\",\"workflow\":\"AUTH\",\"progress\":60,\"state\":\"x\"}",
                AUTH_OK));
    pinsTyped.add("123456");

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isEqualTo(new ReadResult.Success(MUSTERMANN));
    assertThat(app.commandNames()).containsExactly("RUN_AUTH", "ACCEPT", "SET_PIN");
    assertThat(app.received().get(0).path("tcTokenURL").asText()).isEqualTo(TC_TOKEN.toString());
    assertThat(app.received().get(2).path("value").asText()).isEqualTo("123456");
    assertThat(refreshUrls).containsExactly(URI.create(AusweisAppMessages.REFRESH_URL));
    assertThat(progress)
        .extracting(EidProgress::step)
        .containsExactly(
            EidProgress.Step.STARTED,
            EidProgress.Step.ACCESS_RIGHTS,
            EidProgress.Step.INSERT_CARD,
            EidProgress.Step.ENTER_PIN,
            EidProgress.Step.RUNNING,
            EidProgress.Step.FETCHING_DATA);
    assertThat(progress.get(1).messageDe()).contains("FamilyName, GivenNames, DateOfBirth");
    assertThat(app.path()).isEqualTo("/eID-Kernel");
    assertThat(app.userAgent()).isEqualTo("Buergerkoffer");
    assertThat(reader.status().lastUsed()).contains(Instant.parse("2025-11-21T10:00:00Z"));
  }

  @Test
  void onAReaderWithKeypadThePinIsTypedThereAndNeverPassesThroughTheKit() throws Exception {
    AusweisAppReader reader =
        reader(
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on("ACCEPT", enterPin(3, true)),
            on("SET_PIN", AUTH_OK));

    assertThat(reader.read(new AccessKey.CardAccessNumber("123456")))
        .isInstanceOf(ReadResult.Success.class);
    assertThat(app.received().get(2).has("value")).isFalse();
    assertThat(pinAskedWithRetries).isEmpty();
    assertThat(progress)
        .extracting(EidProgress::step)
        .contains(EidProgress.Step.ENTER_PIN_ON_READER);
  }

  @Test
  void aWrongPinIsAskedAgainWithTheLowerRetryCounterAndTheRightOneSucceeds() throws Exception {
    AusweisAppReader reader =
        reader(
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on("ACCEPT", enterPin(3, false)),
            on("SET_PIN", enterPin(2, false)),
            on("SET_PIN", AUTH_OK));
    pinsTyped.add("000000");
    pinsTyped.add("123456");

    assertThat(reader.read(new AccessKey.CardAccessNumber("123456")))
        .isInstanceOf(ReadResult.Success.class);
    assertThat(pinAskedWithRetries).containsExactly(3, 2);
    assertThat(progress)
        .extracting(EidProgress::messageDe)
        .contains("PIN falsch. Noch 2 Versuch(e).");
  }

  @Test
  void aWrongPinAndThenGivingUpIsAWrongAccessKeyThatSaysHowManyAttemptsAreLeft() throws Exception {
    AusweisAppReader reader =
        reader(
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on("ACCEPT", enterPin(3, false)),
            on("SET_PIN", enterPin(2, false)),
            on("CANCEL", AUTH_CANCELLED));
    pinsTyped.add("000000");

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.WrongAccessKey.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("PIN war falsch (noch 2");
    assertThat(app.commandNames()).containsExactly("RUN_AUTH", "ACCEPT", "SET_PIN", "CANCEL");
    assertThat(refreshUrls).isEmpty();
  }

  @Test
  void theResidentCancellingAtThePinPromptEndsTheWorkflowWithoutData() throws Exception {
    AusweisAppReader reader =
        reader(
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on("ACCEPT", enterPin(3, false)),
            on("CANCEL", AUTH_CANCELLED));

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.CardRemoved.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("abgebrochen");
    assertThat(app.commandNames()).containsExactly("RUN_AUTH", "ACCEPT", "CANCEL");
  }

  @Test
  void beforeTheLastPinAttemptTheCanFromTheAccessKeyIsSent() throws Exception {
    AusweisAppReader reader =
        reader(
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on(
                "ACCEPT",
                "{\"msg\":\"ENTER_CAN\",\"reader\":{\"name\":\"NFC\",\"attached\":true,"
                    + "\"keypad\":false,\"card\":{\"retryCounter\":1}}}"),
            on("SET_CAN", enterPin(1, false)),
            on("SET_PIN", AUTH_OK));
    pinsTyped.add("123456");

    assertThat(reader.read(new AccessKey.CardAccessNumber("654321")))
        .isInstanceOf(ReadResult.Success.class);
    assertThat(app.received().get(2).path("value").asText()).isEqualTo("654321");
    assertThat(pinAskedWithRetries).containsExactly(1);
  }

  @Test
  void aCardWithTheEidFunctionSwitchedOffIsNotSupported() throws Exception {
    AusweisAppReader reader =
        reader(
            on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS),
            on(
                "ACCEPT",
                "{\"msg\":\"ENTER_PIN\",\"reader\":{\"name\":\"NFC\",\"attached\":true,"
                    + "\"keypad\":false,\"card\":{\"deactivated\":true,\"retryCounter\":3}}}"),
            on("CANCEL", AUTH_CANCELLED));

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.UnsupportedDocument.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("ausgeschaltet");
  }

  @Test
  void aBadStateEndsTheWorkflowAsADeviceError() throws Exception {
    AusweisAppReader reader =
        reader(on("RUN_AUTH", AUTH_STARTED, ACCESS_RIGHTS), on("SET_PIN", AUTH_OK));

    // the script expects SET_PIN, so the reader's ACCEPT is answered with BAD_STATE
    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.NoReader.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("BAD_STATE");
    assertThat(reader.status().state()).isEqualTo(DeviceState.ERROR);
    assertThat(app.commandNames()).startsWith("RUN_AUTH", "ACCEPT");
    assertThat(refreshUrls).isEmpty();
  }

  @Test
  void anUnreachableEidServiceOfTheTownMeansOffline() throws Exception {
    AusweisAppReader reader =
        reader(
            on(
                "RUN_AUTH",
                AUTH_STARTED,
                "{\"msg\":\"AUTH\",\"result\":{\"major\":\""
                    + ERROR
                    + "\",\"minor\":\"http://www.bsi.bund.de/ecard/api/1.1/resultminor/dp#"
                    + "trustedChannelEstablishmentFailed\",\"reason\":\"Get_TcToken_Network_Error\"},"
                    + "\"url\":\"\"}"));

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.NoReader.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("nicht erreichbar (offline?)");
  }

  @Test
  void withoutARunningAusweisAppTheReaderIsShownAsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket free = new ServerSocket(0)) {
      closedPort = free.getLocalPort();
    }
    AusweisAppReader reader =
        new AusweisAppReader(
            new AusweisAppSettings(
                URI.create("ws://127.0.0.1:" + closedPort + "/eID-Kernel"),
                TC_TOKEN,
                Duration.ofSeconds(10)),
            eidService,
            resident,
            clock);

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.NoReader.class);
    assertThat(((ReadResult.Failure) result).messageDe())
        .startsWith("AusweisApp nicht erreichbar / offline");
    assertThat(reader.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(reader.status().messageDe()).startsWith("AusweisApp nicht erreichbar / offline");
    assertThat(reader.probe().state()).isEqualTo(DeviceState.NOT_CONNECTED);
  }

  @Test
  void probeSaysConnectedWhenTheAusweisAppAcceptsTheWebSocket() throws Exception {
    AusweisAppReader reader = reader();

    assertThat(reader.probe().state()).isEqualTo(DeviceState.CONNECTED);
    assertThat(app.received()).isEmpty();
  }
}
