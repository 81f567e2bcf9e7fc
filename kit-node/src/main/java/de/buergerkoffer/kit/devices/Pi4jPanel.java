package de.buergerkoffer.kit.devices;

import com.pi4j.context.Context;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.statuspanel.PanelResult;
import de.buergerkoffer.hardware.statuspanel.PanelState;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import de.buergerkoffer.hardware.statuspanel.pi4j.PanelPins;
import de.buergerkoffer.hardware.statuspanel.pi4j.Pi4jStatusPanel;
import java.time.Clock;

/**
 * The Raspberry Pi's status lights together with the Pi4J context the kit built for them: the
 * adapter never shuts down a context it was given, so closing this panel turns the LEDs off,
 * releases the pins and then shuts the context down.
 */
final class Pi4jPanel implements StatusPanel {

  private final Context pi4j;
  private final Pi4jStatusPanel panel;

  Pi4jPanel(Context pi4j, PanelPins pins, Clock clock) {
    this.pi4j = pi4j;
    this.panel = new Pi4jStatusPanel(pi4j, pins, clock);
  }

  @Override
  public PanelResult show(PanelState state) {
    return panel.show(state);
  }

  @Override
  public PanelState shown() {
    return panel.shown();
  }

  @Override
  public void onSyncRequested(Runnable listener) {
    panel.onSyncRequested(listener);
  }

  @Override
  public DeviceStatus status() {
    return panel.status();
  }

  @Override
  public void close() {
    panel.close();
    try {
      pi4j.shutdown();
    } catch (RuntimeException e) {
      // shutting down anyway
    }
  }
}
