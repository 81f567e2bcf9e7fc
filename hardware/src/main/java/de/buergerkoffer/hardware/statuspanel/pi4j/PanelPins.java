package de.buergerkoffer.hardware.statuspanel.pi4j;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which GPIO pins (BCM numbers) the panel uses. docs/hardware.md shows the wiring of the defaults.
 *
 * @param onlineLed green LED
 * @param offlineLed yellow LED
 * @param syncingLed blue LED
 * @param errorLed red LED
 * @param syncButton push button "Jetzt synchronisieren"
 * @param buttonToGround true if the button connects the pin to ground (internal pull-up, pressed =
 *     low), false if it connects to 3.3 V (pull-down, pressed = high)
 * @param debounceMicros how long the button must be stable before a change counts
 */
public record PanelPins(
    int onlineLed,
    int offlineLed,
    int syncingLed,
    int errorLed,
    int syncButton,
    boolean buttonToGround,
    long debounceMicros) {

  public PanelPins {
    List<Integer> all = List.of(onlineLed, offlineLed, syncingLed, errorLed, syncButton);
    Set<Integer> distinct = new HashSet<>(all);
    if (distinct.size() != all.size()) {
      throw new IllegalArgumentException("every light and the button need their own pin: " + all);
    }
    for (int pin : all) {
      if (pin < 0 || pin > 27) {
        throw new IllegalArgumentException("BCM pin out of range 0..27: " + pin);
      }
    }
    if (debounceMicros < 0) {
      throw new IllegalArgumentException("debounce must not be negative");
    }
  }

  /**
   * BCM 17 (pin 11) online, 27 (pin 13) offline, 22 (pin 15) syncing, 23 (pin 16) error, button on
   * BCM 24 (pin 18) to ground, 10 ms debounce.
   */
  public static PanelPins defaults() {
    return new PanelPins(17, 27, 22, 23, 24, true, 10_000);
  }
}
