package de.buergerkoffer.kit.devices;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The eID reader as the kit shows it: the online eID function needs the town's eID service, so
 * while the kit is offline (no broker connection) or the AusweisApp does not answer, the reader is
 * "nicht verfügbar (offline)" on the device page, in {@code /api/devices} and in the visit's
 * ID-card step, and a read is refused at once with the way on: typing the data by hand.
 *
 * <p>Every 30 seconds, while online and not reading, the AusweisApp is probed so the page knows
 * whether it runs.
 */
final class OnlineEidReader implements IdCardReader {

  static final String UNAVAILABLE_DE = "Online-Ausweisfunktion nicht verfügbar (offline)";
  private static final String NO_NETWORK_DE =
      UNAVAILABLE_DE
          + ": Der Koffer hat keine Verbindung. Bitte die Daten von Hand oder aus der"
          + " maschinenlesbaren Zone eingeben.";

  private final IdCardReader ausweisApp;
  private final BooleanSupplier online;
  private final AtomicBoolean reading = new AtomicBoolean();

  /**
   * @param ausweisApp the AusweisApp adapter
   * @param online whether the kit is online now (the broker connection)
   */
  OnlineEidReader(IdCardReader ausweisApp, BooleanSupplier online) {
    this.ausweisApp = Objects.requireNonNull(ausweisApp, "ausweisApp");
    this.online = Objects.requireNonNull(online, "online");
  }

  @Override
  public ReadResult read(AccessKey accessKey) {
    if (!online.getAsBoolean()) {
      return new ReadResult.NoReader(NO_NETWORK_DE);
    }
    reading.set(true);
    try {
      return ausweisApp.read(accessKey);
    } finally {
      reading.set(false);
    }
  }

  @Override
  public DeviceStatus status() {
    DeviceStatus status = ausweisApp.status();
    if (!online.getAsBoolean()) {
      return unavailable(status, NO_NETWORK_DE);
    }
    if (status.state() == DeviceState.NOT_CONNECTED) {
      return unavailable(status, UNAVAILABLE_DE + ": " + status.messageDe());
    }
    return status;
  }

  @Override
  public DeviceStatus probe() {
    if (!reading.get() && online.getAsBoolean()) {
      ausweisApp.probe();
    }
    return status();
  }

  /** Looks whether the AusweisApp runs; skipped while a reading uses it or the kit is offline. */
  @Scheduled(initialDelay = 0, fixedDelay = 30_000)
  void watch() {
    if (!reading.get() && online.getAsBoolean()) {
      ausweisApp.probe();
    }
  }

  private static DeviceStatus unavailable(DeviceStatus status, String messageDe) {
    return new DeviceStatus(
        status.device(), status.adapter(), DeviceState.NOT_CONNECTED, messageDe, status.lastUsed());
  }
}
