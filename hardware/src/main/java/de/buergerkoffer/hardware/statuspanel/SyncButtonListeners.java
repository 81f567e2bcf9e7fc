package de.buergerkoffer.hardware.statuspanel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The "sync now" listeners of a panel: added from any thread, called in order; one failing listener
 * does not keep the others from running.
 */
public final class SyncButtonListeners {

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** Adds a listener. */
  public void add(Runnable listener) {
    listeners.add(listener);
  }

  /** Calls every listener. */
  public void fire() {
    for (Runnable listener : listeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        // a broken listener must not stop the button for the others
      }
    }
  }
}
