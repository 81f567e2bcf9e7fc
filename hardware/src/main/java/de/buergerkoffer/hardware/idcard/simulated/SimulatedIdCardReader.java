package de.buergerkoffer.hardware.idcard.simulated;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.time.Clock;
import java.util.Optional;

/**
 * An {@link IdCardReader} without hardware, for demos and tests: starts plugged in with the
 * specimen card on it. The chip answers only to the card's CAN or to its exact MRZ data, like a
 * real one, so the clerk's "wrong CAN" path can be tried.
 *
 * <p>Thread-safe: the device page may change the simulation while a read runs.
 */
public final class SimulatedIdCardReader implements IdCardReader {

  private final DeviceStatusTracker status;
  private boolean plugged = true;
  private Optional<SimulatedCard> card = Optional.of(SimulatedCard.specimen());

  public SimulatedIdCardReader(Clock clock) {
    this.status =
        new DeviceStatusTracker(
            DeviceKind.ID_CARD_READER, "simulated", clock, "Simulierter Ausweisleser bereit.");
    status.connected("Simulierter Ausweisleser bereit.");
  }

  /** Puts a card on the reader (replacing any other). */
  public synchronized void insert(SimulatedCard newCard) {
    card = Optional.of(newCard);
  }

  /** Takes the card off the reader. */
  public synchronized void remove() {
    card = Optional.empty();
  }

  /** Pulls the reader's cable. */
  public synchronized void unplug() {
    plugged = false;
    status.notConnected(new ReadResult.NoReader().messageDe());
  }

  /** Plugs the reader back in. */
  public synchronized void plugIn() {
    plugged = true;
    status.connected("Simulierter Ausweisleser bereit.");
  }

  @Override
  public synchronized ReadResult read(AccessKey accessKey) {
    if (!plugged) {
      return new ReadResult.NoReader();
    }
    if (card.isEmpty()) {
      status.connected("Simulierter Ausweisleser bereit, kein Ausweis aufgelegt.");
      return new ReadResult.CardRemoved();
    }
    SimulatedCard c = card.get();
    if (!c.readable()) {
      status.connected(
          "Simulierter Ausweisleser bereit; das aufgelegte Dokument ist nicht lesbar.");
      return new ReadResult.UnsupportedDocument();
    }
    boolean opens =
        accessKey instanceof AccessKey.CardAccessNumber can
            ? can.digits().equals(c.can())
            : accessKey.equals(c.data().accessKey());
    if (!opens) {
      return new ReadResult.WrongAccessKey();
    }
    if (!c.genuine()) {
      status.used("Simulierter Ausweisleser: Chipdaten verfälscht, nicht übernommen.");
      return new ReadResult.NotGenuine();
    }
    status.used("Simulierter Ausweisleser: Ausweis gelesen.");
    return new ReadResult.Success(c.data());
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }
}
