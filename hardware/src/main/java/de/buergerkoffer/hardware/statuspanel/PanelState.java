package de.buergerkoffer.hardware.statuspanel;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the kit wants the panel to show.
 *
 * @param online the kit has a connection to the town hall's broker
 * @param syncing bundles are on their way or waiting for acknowledgement
 * @param error something needs the clerk's attention (a rejected case, a device fault)
 */
public record PanelState(boolean online, boolean syncing, boolean error) {

  /** The lights, as they map to LEDs. */
  public enum Light {
    ONLINE,
    OFFLINE,
    SYNCING,
    ERROR
  }

  /** Offline, nothing going on: the state at start. */
  public static PanelState initial() {
    return new PanelState(false, false, false);
  }

  /** Which lights are on: exactly one of ONLINE/OFFLINE, plus SYNCING and ERROR as set. */
  public Set<Light> lightsOn() {
    Set<Light> on = EnumSet.of(online ? Light.ONLINE : Light.OFFLINE);
    if (syncing) {
      on.add(Light.SYNCING);
    }
    if (error) {
      on.add(Light.ERROR);
    }
    return on;
  }

  /** One German line for the web page, e.g. "Online – wird synchronisiert". */
  public String describeDe() {
    StringBuilder text = new StringBuilder(online ? "Online" : "Offline");
    if (syncing) {
      text.append(" – wird synchronisiert");
    }
    if (error) {
      text.append(" – Fehler, bitte Hinweise prüfen");
    }
    return text.toString();
  }
}
