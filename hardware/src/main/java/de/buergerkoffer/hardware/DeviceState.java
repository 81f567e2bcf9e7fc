package de.buergerkoffer.hardware;

/**
 * Whether a device can be used right now, as last seen by its adapter.
 *
 * <p>{@link #NOT_CONNECTED} means "nothing there" (unplugged, switched off, unreachable): the clerk
 * can plug it in or go on without it. {@link #ERROR} means the device answered but failed (paper
 * jam, cover open, wrong driver): the clerk has to look at the device.
 */
public enum DeviceState {
  CONNECTED,
  NOT_CONNECTED,
  ERROR
}
