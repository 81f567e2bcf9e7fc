package de.buergerkoffer.kit.devices;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.statuspanel.PanelState;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.sync.BundleTransport;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the status lights in step with the kit: online or offline from the link, "syncing" while
 * cases wait for the town hall's confirmation, "error" while a device reports a fault. The panel's
 * button "Jetzt synchronisieren" makes every waiting bundle due at once (the sync agent sends them
 * on its next round, within a second).
 */
@Component
class StatusLights {

  private final StatusPanel panel;
  private final BundleTransport transport;
  private final Outbox outbox;
  private final DeviceBoard devices;

  StatusLights(
      StatusPanel panel,
      BundleTransport transport,
      Outbox outbox,
      DeviceBoard devices,
      Clock clock) {
    this.panel = panel;
    this.transport = transport;
    this.outbox = outbox;
    this.devices = devices;
    // on the panel's event thread: only mark the bundles due, the sync agent does the rest
    panel.onSyncRequested(() -> outbox.resendAllNow(clock.instant()));
  }

  /** Sets the lights when the state changed. */
  @Scheduled(initialDelay = 1_000, fixedDelay = 2_000)
  void refresh() {
    PanelState state =
        new PanelState(transport.connected(), outbox.pendingCount() > 0, deviceFault());
    if (!state.equals(panel.shown())) {
      panel.show(state);
    }
  }

  private boolean deviceFault() {
    return devices.statuses().stream()
        .anyMatch(s -> s.state() == DeviceState.ERROR && s.device() != DeviceKind.STATUS_PANEL);
  }
}
