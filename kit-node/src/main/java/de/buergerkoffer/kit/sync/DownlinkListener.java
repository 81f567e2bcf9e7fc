package de.buergerkoffer.kit.sync;

import java.util.function.Function;

/**
 * Receives one kind of retained message the hub sends down to this kit (clerk roster, visit plan,
 * case states, form catalog). Each feature contributes a bean; the MQTT link subscribes to every
 * listener's topic on each (re)connect and hands it the raw payload. A listener verifies the
 * payload itself (it is sealed or signed by the hub) and must not throw: a bad payload is logged
 * and ignored, the kit keeps what it had.
 *
 * @param topic the topic for a kit id, e.g. {@code Topics::clerks}
 * @param onMessage what to do with a payload; called on the MQTT callback thread, keep it short
 */
public record DownlinkListener(Function<String, String> topic, MessageHandler onMessage) {

  /** Handles one payload. */
  @FunctionalInterface
  public interface MessageHandler {
    void accept(byte[] payload);
  }
}
