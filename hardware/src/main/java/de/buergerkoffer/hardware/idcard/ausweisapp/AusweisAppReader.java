package de.buergerkoffer.hardware.idcard.ausweisapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the German ID card (and the eID card / electronic residence permit) through the online eID
 * function: the AusweisApp on the kit runs the authentication for the town's eID service and the
 * data come from that service ({@link EidService}), never from the AusweisApp itself.
 *
 * <p>Protocol (AusweisApp SDK, WebSocket JSON): {@code RUN_AUTH} with the town's TC token URL;
 * {@code ACCESS_RIGHTS} is answered with {@code ACCEPT} (the town's service decides what it reads;
 * the kit shows it); {@code INSERT_CARD} waits for the card; {@code ENTER_PIN} is answered with the
 * PIN from {@link EidInteraction} (or without a value on a reader with keypad), {@code ENTER_CAN}
 * with the CAN from the {@link AccessKey} or the interaction; {@code ENTER_PUK} is not handled (the
 * PIN must be unblocked in the AusweisApp); the final {@code AUTH} carries the result and the
 * refresh URL. {@code BAD_STATE} and {@code INVALID} end the workflow as a device error.
 *
 * <p>Results: AusweisApp not reachable → {@code NoReader} "AusweisApp nicht erreichbar / offline";
 * the eID service not reachable or without data → {@code NoReader}; resident cancels or no card in
 * time → {@code CardRemoved}; wrong PIN and then cancelled, PIN blocked, wrong CAN → {@code
 * WrongAccessKey}; eID function switched off → {@code UnsupportedDocument}. One read at a time.
 */
public final class AusweisAppReader implements IdCardReader {

  static final String OFFLINE_DE = "AusweisApp nicht erreichbar / offline";
  private static final String OK = "http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok";
  private static final String CLOSED = "\u0000closed";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AusweisAppSettings settings;
  private final EidService eidService;
  private final EidInteraction interaction;
  private final DeviceStatusTracker status;
  private final HttpClient http;

  public AusweisAppReader(
      AusweisAppSettings settings, EidService eidService, EidInteraction interaction, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.eidService = Objects.requireNonNull(eidService, "eidService");
    this.interaction = Objects.requireNonNull(interaction, "interaction");
    this.status =
        new DeviceStatusTracker(
            DeviceKind.ID_CARD_READER, "ausweisapp", clock, "AusweisApp noch nicht geprüft.");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  /** Opens and closes the WebSocket: tells whether the AusweisApp runs and accepts the kit. */
  @Override
  public synchronized DeviceStatus probe() {
    try {
      Connection connection = connect();
      connection.close();
      return status.connected("AusweisApp erreichbar (Online-Ausweisfunktion).");
    } catch (IOException e) {
      return status.notConnected(offlineMessage());
    }
  }

  @Override
  public synchronized ReadResult read(AccessKey accessKey) {
    Objects.requireNonNull(accessKey, "accessKey");
    Connection connection;
    try {
      connection = connect();
    } catch (IOException e) {
      String message = offlineMessage();
      status.notConnected(message);
      return new ReadResult.NoReader(message);
    }
    try {
      return new Workflow(connection, accessKey).run();
    } finally {
      connection.close();
    }
  }

  private static String offlineMessage() {
    return OFFLINE_DE
        + ". Die Online-Ausweisfunktion braucht die laufende AusweisApp und eine"
        + " Internetverbindung. Bitte die Daten von Hand eingeben oder einen Pass lesen.";
  }

  private Connection connect() throws IOException {
    BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    WebSocket.Listener listener =
        new WebSocket.Listener() {
          private final StringBuilder partial = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
              inbox.add(partial.toString());
              partial.setLength(0);
            }
            ws.request(1);
            return null;
          }

          @Override
          public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            inbox.add(CLOSED);
            return null;
          }

          @Override
          public void onError(WebSocket ws, Throwable error) {
            inbox.add(CLOSED);
          }
        };
    try {
      WebSocket socket =
          http.newWebSocketBuilder()
              .header("User-Agent", "Buergerkoffer")
              .connectTimeout(Duration.ofSeconds(3))
              .buildAsync(settings.webSocket(), listener)
              .get(5, TimeUnit.SECONDS);
      return new Connection(socket, inbox);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw new IOException("AusweisApp not reachable at " + settings.webSocket(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The open WebSocket and the messages received on it. */
  private record Connection(WebSocket socket, BlockingQueue<String> inbox) {

    void send(ObjectNode command) throws IOException {
      try {
        socket.sendText(command.toString(), true).get(5, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IOException("AusweisApp connection lost", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }

    Optional<String> next(Duration timeout) throws InterruptedException {
      return Optional.ofNullable(inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    void close() {
      if (!socket.isOutputClosed()) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(2, TimeUnit.SECONDS);
      }
      socket.abort();
    }
  }

  /** One RUN_AUTH conversation. */
  private final class Workflow {
    private final Connection connection;
    private final AccessKey accessKey;
    private Optional<ReadResult.Failure> ending = Optional.empty();
    private int lastRetryCounter = -1;
    private boolean wrongPin;
    private boolean canSent;

    Workflow(Connection connection, AccessKey accessKey) {
      this.connection = connection;
      this.accessKey = accessKey;
    }

    ReadResult run() {
      try {
        connection.send(command("RUN_AUTH").put("tcTokenURL", settings.tcTokenUrl().toString()));
        while (true) {
          Optional<String> text = connection.next(settings.stepTimeout());
          if (text.isEmpty()) {
            return cancelled(
                new ReadResult.CardRemoved(
                    "Zeit abgelaufen: kein Ausweis aufgelegt oder keine PIN eingegeben. Bitte"
                        + " erneut versuchen oder die Daten von Hand eingeben."));
          }
          if (text.get().equals(CLOSED)) {
            return failed("Die AusweisApp hat die Verbindung beendet.");
          }
          Optional<ReadResult> result = handle(JSON.readTree(text.get()));
          if (result.isPresent()) {
            return result.get();
          }
        }
      } catch (IOException e) {
        return failed("Verbindung zur AusweisApp unterbrochen.");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed("Lesen unterbrochen.");
      }
    }

    private Optional<ReadResult> handle(JsonNode message) throws IOException {
      String msg = message.path("msg").asText();
      switch (msg) {
        case "AUTH" -> {
          return auth(message);
        }
        case "ACCESS_RIGHTS" -> {
          interaction.progress(
              new EidProgress(
                  EidProgress.Step.ACCESS_RIGHTS,
                  "Der eID-Dienst der Gemeinde liest: "
                      + String.join(", ", texts(message.path("chat").path("effective")))));
          connection.send(command("ACCEPT"));
        }
        case "INSERT_CARD" ->
            interaction.progress(
                new EidProgress(
                    EidProgress.Step.INSERT_CARD,
                    "Bitte den Personalausweis auf das Lesegerät legen."));
        case "ENTER_PIN" -> enterPin(message);
        case "ENTER_CAN" -> enterCan(message);
        case "ENTER_PUK" ->
            cancel(
                new ReadResult.WrongAccessKey(
                    "Die PIN ist gesperrt (dreimal falsch). Sie kann mit der PUK aus dem"
                        + " PIN-Brief in der AusweisApp entsperrt werden. Bis dahin bitte die Daten"
                        + " von Hand eingeben."));
        case "STATUS" ->
            interaction.progress(
                new EidProgress(
                    EidProgress.Step.RUNNING,
                    "Ausweis wird gelesen … " + message.path("progress").asInt(0) + " %"));
        case "BAD_STATE", "INVALID" -> {
          status.failed(
              "AusweisApp meldet " + msg + " (" + message.path("error").asText("") + ").");
          sendQuietly(command("CANCEL"));
          return Optional.of(
              new ReadResult.NoReader(
                  "Die AusweisApp hat unerwartet geantwortet ("
                      + msg
                      + "). Bitte die AusweisApp neu starten oder die Daten von Hand eingeben."));
        }
        default -> {
          // READER, CERTIFICATE, INFO, …: nothing to do
        }
      }
      return Optional.empty();
    }

    private void enterPin(JsonNode message) throws IOException {
      JsonNode reader = message.path("reader");
      JsonNode card = reader.path("card");
      if (card.path("deactivated").asBoolean(false)) {
        cancel(
            new ReadResult.UnsupportedDocument(
                "Die Online-Ausweisfunktion dieses Ausweises ist ausgeschaltet. Sie kann im"
                    + " Bürgeramt eingeschaltet werden. Bitte die Daten von Hand eingeben."));
        return;
      }
      int retryCounter = card.path("retryCounter").asInt(3);
      if (lastRetryCounter > 0 && retryCounter < lastRetryCounter) {
        wrongPin = true;
      }
      lastRetryCounter = retryCounter;
      if (reader.path("keypad").asBoolean(false)) {
        interaction.progress(
            new EidProgress(
                EidProgress.Step.ENTER_PIN_ON_READER,
                "Bitte die sechsstellige PIN am Lesegerät eingeben."));
        connection.send(command("SET_PIN"));
        return;
      }
      interaction.progress(
          new EidProgress(
              EidProgress.Step.ENTER_PIN,
              wrongPin
                  ? "PIN falsch. Noch " + retryCounter + " Versuch(e)."
                  : "Bitte die sechsstellige PIN eingeben."));
      Optional<String> pin = interaction.pin(retryCounter);
      if (pin.isEmpty()) {
        cancel(
            wrongPin
                ? new ReadResult.WrongAccessKey(
                    "Die PIN war falsch (noch "
                        + retryCounter
                        + " Versuch(e)). Bitte erneut versuchen oder die Daten von Hand"
                        + " eingeben.")
                : new ReadResult.CardRemoved(
                    "Die Online-Ausweisfunktion wurde abgebrochen. Bitte erneut versuchen oder"
                        + " die Daten von Hand eingeben."));
        return;
      }
      connection.send(command("SET_PIN").put("value", pin.get()));
    }

    private void enterCan(JsonNode message) throws IOException {
      interaction.progress(
          new EidProgress(
              EidProgress.Step.ENTER_CAN,
              "Bitte die Zugangsnummer (CAN) vorne rechts auf dem Ausweis eingeben."));
      Optional<String> can =
          !canSent && accessKey instanceof AccessKey.CardAccessNumber given
              ? Optional.of(given.digits())
              : interaction.can();
      canSent = true;
      if (can.isEmpty()) {
        cancel(new ReadResult.WrongAccessKey());
        return;
      }
      connection.send(command("SET_CAN").put("value", can.get()));
    }

    private Optional<ReadResult> auth(JsonNode message) {
      if (message.hasNonNull("error")) {
        return Optional.of(
            failed("Die AusweisApp konnte nicht starten: " + message.path("error").asText()));
      }
      JsonNode result = message.path("result");
      if (result.isMissingNode()) {
        interaction.progress(
            new EidProgress(EidProgress.Step.STARTED, "Online-Ausweisfunktion gestartet."));
        return Optional.empty();
      }
      if (OK.equals(result.path("major").asText())) {
        interaction.progress(
            new EidProgress(
                EidProgress.Step.FETCHING_DATA, "Daten werden vom eID-Dienst abgeholt."));
        Optional<DocumentData> data = eidService.dataFor(URI.create(message.path("url").asText()));
        if (data.isEmpty()) {
          status.connected("AusweisApp erreichbar; der eID-Dienst lieferte keine Daten.");
          return Optional.of(
              new ReadResult.NoReader(
                  "Der eID-Dienst der Gemeinde hat keine Daten geliefert (offline?). Bitte die"
                      + " Daten von Hand eingeben."));
        }
        status.used("AusweisApp erreichbar (Online-Ausweisfunktion).");
        return Optional.of(new ReadResult.Success(data.get()));
      }
      status.connected("AusweisApp erreichbar (Online-Ausweisfunktion).");
      if (ending.isPresent()) {
        return Optional.of(ending.get());
      }
      String reason = result.path("reason").asText("") + " " + result.path("minor").asText("");
      if (reason.contains("TcToken")
          || reason.contains("Network")
          || reason.contains("trustedChannelEstablishmentFailed")) {
        return Optional.of(
            new ReadResult.NoReader(
                "Der eID-Dienst der Gemeinde ist nicht erreichbar (offline?). Bitte die Daten von"
                    + " Hand eingeben."));
      }
      if (reason.contains("Card_Removed") || reason.contains("cancellationByUser")) {
        return Optional.of(
            new ReadResult.CardRemoved(
                "Der Ausweis wurde entfernt oder der Vorgang abgebrochen. Bitte erneut versuchen"
                    + " oder die Daten von Hand eingeben."));
      }
      return Optional.of(
          new ReadResult.UnsupportedDocument(
              "Die Online-Ausweisfunktion ist fehlgeschlagen ("
                  + result.path("message").asText(result.path("minor").asText("unbekannt"))
                  + "). Bitte die Daten von Hand eingeben."));
    }

    /** Cancels the workflow; the final AUTH message then ends it with this failure. */
    private void cancel(ReadResult.Failure failure) throws IOException {
      ending = Optional.of(failure);
      connection.send(command("CANCEL"));
    }

    private ReadResult cancelled(ReadResult.Failure failure) {
      sendQuietly(command("CANCEL"));
      status.connected("AusweisApp erreichbar (Online-Ausweisfunktion).");
      return failure;
    }

    private ReadResult.Failure failed(String messageDe) {
      status.failed(messageDe);
      return new ReadResult.NoReader(messageDe + " Bitte die Daten von Hand eingeben.");
    }

    private void sendQuietly(ObjectNode command) {
      try {
        connection.send(command);
      } catch (IOException e) {
        // the workflow ends anyway
      }
    }
  }

  private static ObjectNode command(String name) {
    return JSON.createObjectNode().put("cmd", name);
  }

  private static java.util.List<String> texts(JsonNode array) {
    java.util.List<String> out = new java.util.ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }
}
