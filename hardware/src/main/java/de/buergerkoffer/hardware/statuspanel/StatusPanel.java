package de.buergerkoffer.hardware.statuspanel;

import de.buergerkoffer.hardware.Device;

/**
 * Shows the kit's connection state on lights and reports presses of the "sync now" button.
 *
 * <p>Contract: {@link #show(PanelState)} is quick and never throws; the kit calls it whenever the
 * state changes. Listeners run on the panel's own thread (the GPIO event thread on a Pi) and must
 * return quickly, e.g. by only waking the sync agent. {@link #close()} turns the lights off and
 * releases the pins; it does not shut down anything the panel was given.
 */
public interface StatusPanel extends Device, AutoCloseable {

  /** Sets the lights. */
  PanelResult show(PanelState state);

  /** What the lights show now (what was last shown successfully). */
  PanelState shown();

  /** Adds a listener for presses of the "sync now" button. */
  void onSyncRequested(Runnable listener);

  /** Turns the lights off and releases the hardware. Never throws. */
  @Override
  void close();
}
