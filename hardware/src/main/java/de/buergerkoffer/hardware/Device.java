package de.buergerkoffer.hardware;

/**
 * What every device port has in common: it can say how it is.
 *
 * <p>Contract: {@link #status()} is cheap and never blocks on the device (it returns what the
 * adapter saw last); {@link #probe()} may talk to the device (open a socket, ask SANE) and can take
 * a few seconds, so call it from the device page's "prüfen" button or a background task, not on
 * every page view. Neither method throws.
 */
public interface Device {

  /** The last known status, without touching the device. */
  DeviceStatus status();

  /**
   * Checks the device now and returns the fresh status. Adapters that cannot check anything without
   * doing real work return {@link #status()}.
   */
  default DeviceStatus probe() {
    return status();
  }
}
