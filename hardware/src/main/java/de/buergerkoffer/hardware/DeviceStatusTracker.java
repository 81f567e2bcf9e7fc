package de.buergerkoffer.hardware;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps one adapter's {@link DeviceStatus} up to date, safe to use from several threads.
 *
 * <p>Adapters call {@link #used(String)} after the device did its job (this stamps "last used" from
 * the injected clock), {@link #connected(String)}, {@link #notConnected(String)} or {@link
 * #failed(String)} when they learn something, and return {@link #current()} from {@link
 * Device#status()}. "Last used" survives errors, so the page can say "Fehler – zuletzt benutzt um
 * 10:42".
 */
public final class DeviceStatusTracker {

  private final DeviceKind device;
  private final String adapter;
  private final Clock clock;
  private final AtomicReference<DeviceStatus> current;

  /**
   * @param device the kind of device
   * @param adapter the adapter's short name for the status
   * @param clock source of "last used"
   * @param initialMessageDe what to show before the adapter has learnt anything
   */
  public DeviceStatusTracker(
      DeviceKind device, String adapter, Clock clock, String initialMessageDe) {
    this.device = Objects.requireNonNull(device, "device");
    this.adapter = Objects.requireNonNull(adapter, "adapter");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.current =
        new AtomicReference<>(
            new DeviceStatus(
                device, adapter, DeviceState.NOT_CONNECTED, initialMessageDe, Optional.empty()));
  }

  /** The status as last recorded. */
  public DeviceStatus current() {
    return current.get();
  }

  /** Records that the device is there and ready, without touching "last used". */
  public DeviceStatus connected(String messageDe) {
    return set(DeviceState.CONNECTED, messageDe, false);
  }

  /** Records a successful use now (per the clock): connected, "last used" = now. */
  public DeviceStatus used(String messageDe) {
    return set(DeviceState.CONNECTED, messageDe, true);
  }

  /** Records that the device is not there (unplugged, unreachable, not installed). */
  public DeviceStatus notConnected(String messageDe) {
    return set(DeviceState.NOT_CONNECTED, messageDe, false);
  }

  /** Records that the device is there but failed (jam, cover open, unexpected answer). */
  public DeviceStatus failed(String messageDe) {
    return set(DeviceState.ERROR, messageDe, false);
  }

  private DeviceStatus set(DeviceState state, String messageDe, boolean stampUse) {
    return current.updateAndGet(
        old ->
            new DeviceStatus(
                device,
                adapter,
                state,
                messageDe,
                stampUse ? Optional.of(clock.instant()) : old.lastUsed()));
  }
}
