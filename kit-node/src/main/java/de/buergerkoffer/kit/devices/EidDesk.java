package de.buergerkoffer.kit.devices;

import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.hardware.idcard.ausweisapp.EidInteraction;
import de.buergerkoffer.hardware.idcard.ausweisapp.EidProgress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs an online eID reading (the AusweisApp workflow) in the background and is the kit's side of
 * {@link EidInteraction}: the reading thread asks for the PIN or the CAN and blocks until the
 * resident answered on the kit's screen, cancelled, or the step timed out.
 *
 * <p>The PIN is handed over in memory exactly once: {@link #answer} completes the waiting request,
 * the reading thread takes the value and the desk keeps no reference to it. It is never stored,
 * logged, audited or put in the web session. One reading at a time (the AusweisApp takes one
 * client); a new start cancels the questions of an older one.
 */
public final class EidDesk implements EidInteraction, AutoCloseable {

  /** What the resident is asked for. */
  public enum Ask {
    PIN,
    CAN
  }

  /** Where the reading of a visit is, for its page. */
  public sealed interface State permits Idle, Running, Finished {}

  /** No reading for this visit. */
  public record Idle() implements State {}

  /**
   * A reading is under way.
   *
   * @param messageDe the latest progress, in German
   * @param asks what the resident is asked for now, if anything
   * @param retryCounter PIN attempts left, as the card reports them (with {@code asks = PIN})
   */
  public record Running(String messageDe, Optional<Ask> asks, int retryCounter) implements State {}

  /** The reading ended; the page takes the result with {@link #takeResult(UUID)}. */
  public record Finished(ReadResult result) implements State {}

  private final boolean enabled;
  private final Duration answerTimeout;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "kit-eid-reading");
            thread.setDaemon(true);
            return thread;
          });
  private final Object lock = new Object();
  private Reading latest;
  private Reading running;

  /**
   * @param enabled whether the kit reads ID cards through the eID function ({@code
   *     bk.devices.idcard=ausweisapp})
   * @param answerTimeout how long a PIN or CAN request waits for the resident
   */
  public EidDesk(boolean enabled, Duration answerTimeout) {
    this.enabled = enabled;
    this.answerTimeout = Objects.requireNonNull(answerTimeout, "answerTimeout");
  }

  /** True when ID cards are read through the eID function and this desk runs the readings. */
  public boolean enabled() {
    return enabled;
  }

  /** Starts a reading for a visit; {@code read} runs on the desk's own thread. */
  public void start(UUID visitId, Supplier<ReadResult> read) {
    Objects.requireNonNull(visitId, "visitId");
    Objects.requireNonNull(read, "read");
    Reading reading = new Reading(visitId);
    synchronized (lock) {
      if (latest != null) {
        latest.cancel();
      }
      latest = reading;
    }
    worker.execute(() -> run(reading, read));
  }

  /** Where the reading of this visit is. */
  public State state(UUID visitId) {
    synchronized (lock) {
      Reading reading = latest;
      if (reading == null || !reading.visitId.equals(visitId)) {
        return new Idle();
      }
      if (reading.result != null) {
        return new Finished(reading.result);
      }
      return reading.prompt == null
          ? new Running(reading.messageDe, Optional.empty(), 0)
          : new Running(
              reading.messageDe, Optional.of(reading.prompt.ask), reading.prompt.retryCounter);
    }
  }

  /**
   * Hands the resident's answer to the waiting reading, once.
   *
   * @return false when nothing of this kind is asked for this visit (any more)
   */
  public boolean answer(UUID visitId, Ask ask, String value) {
    Objects.requireNonNull(value, "value");
    synchronized (lock) {
      Reading reading = latest;
      if (reading == null
          || !reading.visitId.equals(visitId)
          || reading.prompt == null
          || reading.prompt.ask != ask) {
        return false;
      }
      Prompt prompt = reading.prompt;
      reading.prompt = null;
      return prompt.answer.complete(Optional.of(value));
    }
  }

  /**
   * The resident or the clerk cancels: a waiting question is answered with "cancelled", later ones
   * too, and the visit is idle at once (the reading's result, when it comes, is dropped).
   */
  public void cancel(UUID visitId) {
    synchronized (lock) {
      if (latest != null && latest.visitId.equals(visitId)) {
        latest.cancel();
        latest = null;
      }
    }
  }

  /** The result of a finished reading, once; the visit is idle afterwards. */
  public Optional<ReadResult> takeResult(UUID visitId) {
    synchronized (lock) {
      Reading reading = latest;
      if (reading == null || !reading.visitId.equals(visitId) || reading.result == null) {
        return Optional.empty();
      }
      latest = null;
      return Optional.of(reading.result);
    }
  }

  @Override
  public void progress(EidProgress progress) {
    synchronized (lock) {
      if (running != null) {
        running.messageDe = progress.messageDe();
      }
    }
  }

  @Override
  public Optional<String> pin(int retryCounter) {
    return ask(Ask.PIN, retryCounter);
  }

  @Override
  public Optional<String> can() {
    return ask(Ask.CAN, 0);
  }

  /** Cancels what waits and stops the reading thread. */
  @Override
  public void close() {
    synchronized (lock) {
      if (latest != null) {
        latest.cancel();
      }
    }
    worker.shutdownNow();
  }

  private void run(Reading reading, Supplier<ReadResult> read) {
    synchronized (lock) {
      running = reading;
    }
    ReadResult result;
    try {
      result = read.get();
    } catch (RuntimeException e) {
      result =
          new ReadResult.NoReader(
              "Die Online-Ausweisfunktion ist unerwartet abgebrochen. Bitte die Daten von Hand"
                  + " eingeben.");
    }
    synchronized (lock) {
      reading.result = result;
      reading.prompt = null;
      running = null;
    }
  }

  private Optional<String> ask(Ask ask, int retryCounter) {
    Prompt prompt = new Prompt(ask, retryCounter);
    synchronized (lock) {
      if (running == null || running.cancelled) {
        return Optional.empty();
      }
      running.prompt = prompt;
    }
    try {
      return prompt.answer.get(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      synchronized (lock) {
        if (running != null && running.prompt == prompt) {
          running.prompt = null;
        }
      }
    }
  }

  /** A question to the resident; the reading thread waits on {@link #answer}. */
  private static final class Prompt {
    private final Ask ask;
    private final int retryCounter;
    private final CompletableFuture<Optional<String>> answer = new CompletableFuture<>();

    Prompt(Ask ask, int retryCounter) {
      this.ask = ask;
      this.retryCounter = retryCounter;
    }
  }

  /** One reading; guarded by the desk's lock. */
  private static final class Reading {
    private final UUID visitId;
    private String messageDe = "Online-Ausweisfunktion wird gestartet …";
    private Prompt prompt;
    private ReadResult result;
    private boolean cancelled;

    Reading(UUID visitId) {
      this.visitId = visitId;
    }

    void cancel() {
      cancelled = true;
      if (prompt != null) {
        prompt.answer.complete(Optional.empty());
        prompt = null;
      }
    }
  }
}
