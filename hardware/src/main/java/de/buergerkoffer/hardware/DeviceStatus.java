package de.buergerkoffer.hardware;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the device page and the device API show for one device: its kind, which adapter drives it,
 * its state, a German sentence for the clerk and when it was last used successfully.
 *
 * <p>The message is always set, also when all is well (e.g. {@code "Bereit (TCP
 * 192.168.1.50:9100)"}), so the page never shows an empty cell. A status is a snapshot; ask the
 * {@link Device} again for a fresh one.
 *
 * @param device the kind of device
 * @param adapter short technical name of the adapter, e.g. {@code escpos-tcp}, {@code simulated}
 * @param state connected, not connected or error
 * @param messageDe plain German for the clerk; for problems it says how to go on
 * @param lastUsed when the device last did its job, empty if never since start
 */
public record DeviceStatus(
    DeviceKind device,
    String adapter,
    DeviceState state,
    String messageDe,
    Optional<Instant> lastUsed) {

  public DeviceStatus {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(messageDe, "messageDe");
    Objects.requireNonNull(lastUsed, "lastUsed");
    if (messageDe.isBlank()) {
      throw new IllegalArgumentException("messageDe must not be blank");
    }
  }

  /** True when the device can be used right now. */
  public boolean isConnected() {
    return state == DeviceState.CONNECTED;
  }
}
