package de.buergerkoffer.kit.devices;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.hardware.idcard.ausweisapp.EidProgress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk between the eID reading thread and the resident's page: a PIN goes to the waiting
 * reading exactly once, cancel and silence end the question, and an offline kit never starts the
 * AusweisApp.
 */
class EidDeskTest {

  private final UUID visit = UUID.randomUUID();
  private final List<Optional<String>> pinsTheReaderGot = new CopyOnWriteArrayList<>();
  private EidDesk desk = new EidDesk(true, Duration.ofSeconds(30));

  @AfterEach
  void close() {
    desk.close();
  }

  /** A reading as the AusweisApp adapter does it: progress, then one PIN request. */
  private Supplier<ReadResult> readingThatAsksForThePin() {
    return () -> {
      desk.progress(new EidProgress(EidProgress.Step.ENTER_PIN, "Bitte die PIN eingeben."));
      Optional<String> pin = desk.pin(3);
      pinsTheReaderGot.add(pin);
      return pin.isPresent()
          ? new ReadResult.CardRemoved("fertig")
          : new ReadResult.CardRemoved("abgebrochen");
    };
  }

  private EidDesk.Running waitForTheQuestion() {
    Awaitility.await()
        .atMost(5, TimeUnit.SECONDS)
        .until(
            () ->
                desk.state(visit) instanceof EidDesk.Running r
                    && r.asks().equals(Optional.of(EidDesk.Ask.PIN)));
    return (EidDesk.Running) desk.state(visit);
  }

  @Test
  void thePinTypedOnThePageReachesTheWaitingReadingOnceAndOnlyOnce() {
    desk.start(visit, readingThatAsksForThePin());
    EidDesk.Running asking = waitForTheQuestion();
    assertThat(asking.retryCounter()).isEqualTo(3);
    assertThat(asking.messageDe()).isEqualTo("Bitte die PIN eingeben.");

    assertThat(desk.answer(visit, EidDesk.Ask.PIN, "482915")).isTrue();
    assertThat(desk.answer(visit, EidDesk.Ask.PIN, "482915")).isFalse();

    Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> desk.takeResult(visit).isPresent());
    assertThat(pinsTheReaderGot).containsExactly(Optional.of("482915"));
    assertThat(desk.state(visit)).isInstanceOf(EidDesk.Idle.class);
  }

  @Test
  void anAnswerForAnotherVisitOrAnotherQuestionIsRefused() {
    desk.start(visit, readingThatAsksForThePin());
    waitForTheQuestion();

    assertThat(desk.answer(UUID.randomUUID(), EidDesk.Ask.PIN, "482915")).isFalse();
    assertThat(desk.answer(visit, EidDesk.Ask.CAN, "123456")).isFalse();
    assertThat(pinsTheReaderGot).isEmpty();
  }

  @Test
  void cancellingAnswersTheQuestionWithNothingAndTheVisitIsIdleAtOnce() {
    desk.start(visit, readingThatAsksForThePin());
    waitForTheQuestion();

    desk.cancel(visit);

    assertThat(desk.state(visit)).isInstanceOf(EidDesk.Idle.class);
    Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> pinsTheReaderGot.size() == 1);
    assertThat(pinsTheReaderGot).containsExactly(Optional.empty());
    assertThat(desk.takeResult(visit)).isEmpty();
  }

  @Test
  void aQuestionNobodyAnswersEndsAfterTheStepTimeout() {
    desk.close();
    desk = new EidDesk(true, Duration.ofMillis(200));
    desk.start(visit, readingThatAsksForThePin());

    Awaitility.await()
        .atMost(5, TimeUnit.SECONDS)
        .until(() -> desk.state(visit) instanceof EidDesk.Finished);
    assertThat(pinsTheReaderGot).containsExactly(Optional.empty());
  }

  @Test
  void offlineTheReaderIsUnavailableAndTheAusweisAppIsNotAsked() {
    CountingReader ausweisApp = new CountingReader();
    OnlineEidReader reader = new OnlineEidReader(ausweisApp, () -> false);

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.NoReader.class);
    assertThat(((ReadResult.Failure) result).messageDe())
        .startsWith("Online-Ausweisfunktion nicht verfügbar (offline)")
        .contains("von Hand");
    assertThat(reader.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(reader.status().messageDe()).contains("nicht verfügbar (offline)");
    reader.probe();
    reader.watch();
    assertThat(ausweisApp.calls).isZero();
  }

  @Test
  void onlineButWithoutAusweisAppTheReaderIsUnavailableToo() {
    CountingReader ausweisApp = new CountingReader();
    ausweisApp.state = DeviceState.NOT_CONNECTED;
    OnlineEidReader reader = new OnlineEidReader(ausweisApp, () -> true);

    reader.watch();

    assertThat(ausweisApp.calls).isEqualTo(1);
    assertThat(reader.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(reader.status().messageDe())
        .startsWith("Online-Ausweisfunktion nicht verfügbar (offline): AusweisApp");

    ausweisApp.state = DeviceState.CONNECTED;
    assertThat(reader.status().state()).isEqualTo(DeviceState.CONNECTED);
  }

  /** Stands in for the AusweisApp adapter: counts reads and probes. */
  private static final class CountingReader implements IdCardReader {
    volatile int calls;
    volatile DeviceState state = DeviceState.CONNECTED;

    @Override
    public ReadResult read(AccessKey accessKey) {
      calls++;
      return new ReadResult.NoReader();
    }

    @Override
    public DeviceStatus probe() {
      calls++;
      return status();
    }

    @Override
    public DeviceStatus status() {
      return new DeviceStatus(
          DeviceKind.ID_CARD_READER,
          "ausweisapp",
          state,
          "AusweisApp nicht erreichbar / offline",
          Optional.empty());
    }
  }
}
