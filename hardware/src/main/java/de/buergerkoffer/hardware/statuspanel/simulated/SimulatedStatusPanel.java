package de.buergerkoffer.hardware.statuspanel.simulated;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.statuspanel.PanelResult;
import de.buergerkoffer.hardware.statuspanel.PanelState;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import de.buergerkoffer.hardware.statuspanel.SyncButtonListeners;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link StatusPanel} for laptops and demos: remembers the state so the web page can show it, and
 * {@link #pressSyncButton()} stands in for the push button (the page's "Jetzt synchronisieren").
 *
 * <p>Thread-safe.
 */
public final class SimulatedStatusPanel implements StatusPanel {

  private static final String MESSAGE = "Keine Statusleuchten; der Zustand steht auf der Seite.";

  private final DeviceStatusTracker status;
  private final AtomicReference<PanelState> shown = new AtomicReference<>(PanelState.initial());
  private final SyncButtonListeners listeners = new SyncButtonListeners();

  public SimulatedStatusPanel(Clock clock) {
    this.status = new DeviceStatusTracker(DeviceKind.STATUS_PANEL, "simulated", clock, MESSAGE);
    status.connected(MESSAGE);
  }

  @Override
  public PanelResult show(PanelState state) {
    shown.set(state);
    status.used(MESSAGE);
    return new PanelResult.Shown(state);
  }

  @Override
  public PanelState shown() {
    return shown.get();
  }

  @Override
  public void onSyncRequested(Runnable listener) {
    listeners.add(listener);
  }

  /** What pressing the button does: calls the "sync now" listeners. */
  public void pressSyncButton() {
    listeners.fire();
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
