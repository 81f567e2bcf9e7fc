package de.buergerkoffer.hardware.statuspanel.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.statuspanel.PanelResult;
import de.buergerkoffer.hardware.statuspanel.PanelState;
import de.buergerkoffer.hardware.statuspanel.PanelState.Light;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import de.buergerkoffer.hardware.statuspanel.SyncButtonListeners;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link StatusPanel} with LEDs and a push button on a Raspberry Pi's GPIO pins through Pi4J v2.
 *
 * <p>Takes the application's Pi4J {@link Context} (real platform on the Pi, mock platform in tests)
 * and creates five I/Os with ids {@code bk-led-online}, {@code bk-led-offline}, {@code
 * bk-led-syncing}, {@code bk-led-error} and {@code bk-sync-button}. If the pins cannot be claimed
 * (no GPIO, pin in use) the panel stays usable as an object but reports "not connected" and every
 * {@link #show} returns {@link PanelResult.PanelUnavailable}: the web page still shows the state.
 * {@link #close()} turns the LEDs off and releases the pins; the context stays the caller's.
 */
public final class Pi4jStatusPanel implements StatusPanel {

  /** Pi4J ids of the I/Os this panel creates. */
  public static final String BUTTON_ID = "bk-sync-button";

  private final Context pi4j;
  private final DeviceStatusTracker status;
  private final SyncButtonListeners listeners = new SyncButtonListeners();
  private final Map<Light, DigitalOutput> leds = new EnumMap<>(Light.class);
  private final List<String> createdIds = new ArrayList<>();
  private volatile PanelState shown = PanelState.initial();

  /**
   * Claims the pins and shows {@link PanelState#initial()}.
   *
   * @param pi4j the application's Pi4J context; not shut down by this panel
   * @param pins which pins
   * @param clock source of "last used"
   */
  public Pi4jStatusPanel(Context pi4j, PanelPins pins, Clock clock) {
    this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
    Objects.requireNonNull(pins, "pins");
    this.status =
        new DeviceStatusTracker(
            DeviceKind.STATUS_PANEL, "pi4j", clock, "Statusleuchten werden eingerichtet.");
    try {
      leds.put(Light.ONLINE, led(Light.ONLINE, pins.onlineLed()));
      leds.put(Light.OFFLINE, led(Light.OFFLINE, pins.offlineLed()));
      leds.put(Light.SYNCING, led(Light.SYNCING, pins.syncingLed()));
      leds.put(Light.ERROR, led(Light.ERROR, pins.errorLed()));
      DigitalInput button = button(pins);
      DigitalState pressed = pins.buttonToGround() ? DigitalState.LOW : DigitalState.HIGH;
      button.addListener(
          event -> {
            if (event.state() == pressed) {
              listeners.fire();
            }
          });
      status.connected(ready());
    } catch (RuntimeException e) {
      releaseAll();
      leds.clear();
      status.notConnected(
          "Die Statusleuchten am Koffer lassen sich nicht ansteuern (GPIO nicht verfügbar). Der"
              + " Zustand steht weiterhin auf der Seite; „Jetzt synchronisieren“ geht dort.");
      return;
    }
    show(PanelState.initial());
  }

  @Override
  public synchronized PanelResult show(PanelState state) {
    Objects.requireNonNull(state, "state");
    if (leds.isEmpty()) {
      return new PanelResult.PanelUnavailable(status.current().messageDe());
    }
    Set<Light> on = state.lightsOn();
    try {
      for (Map.Entry<Light, DigitalOutput> led : leds.entrySet()) {
        led.getValue().state(on.contains(led.getKey()) ? DigitalState.HIGH : DigitalState.LOW);
      }
    } catch (RuntimeException e) {
      String message =
          "Die Statusleuchten reagieren nicht. Der Zustand steht weiterhin auf der Seite.";
      status.failed(message);
      return new PanelResult.PanelUnavailable(message);
    }
    shown = state;
    status.used(ready());
    return new PanelResult.Shown(state);
  }

  @Override
  public PanelState shown() {
    return shown;
  }

  @Override
  public void onSyncRequested(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  @Override
  public synchronized void close() {
    for (DigitalOutput led : leds.values()) {
      try {
        led.low();
      } catch (RuntimeException e) {
        // closing anyway
      }
    }
    releaseAll();
    leds.clear();
    status.notConnected("Statusleuchten abgeschaltet.");
  }

  /** The Pi4J id of the LED for a light. */
  public static String ledId(Light light) {
    return "bk-led-" + light.name().toLowerCase(java.util.Locale.ROOT);
  }

  private DigitalOutput led(Light light, int pin) {
    DigitalOutput out =
        pi4j.create(
            DigitalOutput.newConfigBuilder(pi4j)
                .id(ledId(light))
                .name("Bürgerkoffer LED " + light)
                .address(pin)
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW));
    createdIds.add(ledId(light));
    return out;
  }

  private DigitalInput button(PanelPins pins) {
    DigitalInput in =
        pi4j.create(
            DigitalInput.newConfigBuilder(pi4j)
                .id(BUTTON_ID)
                .name("Bürgerkoffer Taster Jetzt synchronisieren")
                .address(pins.syncButton())
                .pull(pins.buttonToGround() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                .debounce(pins.debounceMicros()));
    createdIds.add(BUTTON_ID);
    return in;
  }

  private void releaseAll() {
    for (String id : createdIds) {
      try {
        pi4j.shutdown(id);
      } catch (RuntimeException e) {
        // already gone
      }
    }
    createdIds.clear();
  }

  private static String ready() {
    return "Statusleuchten und Taster „Jetzt synchronisieren“ bereit.";
  }
}
