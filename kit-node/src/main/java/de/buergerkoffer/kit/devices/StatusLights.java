package de.buergerkoffer.kit.devices;

import de.buergerkoffer.hardware.statuspanel.PanelState;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.sync.BundleTransport;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the status lights in step with the link and the outbox, and lets the panel's button make
 * every waiting bundle due at once.
 */
@Component
class StatusLights {

  private final StatusPanel panel;
  private final BundleTransport transport;
  private final Outbox outbox;

  StatusLights(StatusPanel panel, BundleTransport transport, Outbox outbox, java.time.Clock clock) {
    this.panel = panel;
    this.transport = transport;
    this.outbox = outbox;
    panel.onSyncRequested(() -> outbox.resendAllNow(clock.instant()));
  }

  @Scheduled(initialDelay = 1_000, fixedDelay = 2_000)
  void refresh() {
    PanelState state = new PanelState(transport.connected(), outbox.pendingCount() > 0, false);
    if (!state.equals(panel.shown())) {
      panel.show(state);
    }
  }
}
