package de.buergerkoffer.hub.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Acknowledges received QoS 1 messages to the broker in the order they arrived, although they are
 * worked off in parallel: MQTT v5 (4.6) asks a receiver to send its PUBACKs in arrival order, and
 * the broker may rely on it. A message is acknowledged only once it and every message before it is
 * done, so the broker redelivers everything not yet stored if the hub dies.
 *
 * <p>A new broker session makes the old arrivals meaningless (the broker redelivers them): {@link
 * #forget()} drops them, and work that finishes later for them acknowledges nothing.
 */
final class InOrderAcks {

  /** Sends the broker the acknowledgement of one message. */
  @FunctionalInterface
  interface Sink {
    void acknowledge(int messageId, int qos);
  }

  /** One message between arrival and acknowledgement. */
  static final class Arrival {
    private final int messageId;
    private final int qos;
    private final long session;
    private boolean done;

    private Arrival(int messageId, int qos, long session) {
      this.messageId = messageId;
      this.qos = qos;
      this.session = session;
    }
  }

  private final Sink sink;
  private final Deque<Arrival> waiting = new ArrayDeque<>();
  private long session;

  InOrderAcks(Sink sink) {
    this.sink = sink;
  }

  /** Notes a message as arrived; hand the result to {@link #done} when its work is finished. */
  synchronized Arrival arrived(int messageId, int qos) {
    Arrival a = new Arrival(messageId, qos, session);
    waiting.addLast(a);
    return a;
  }

  /**
   * Marks a message's work as finished and acknowledges it and every finished message after it, up
   * to the first one still being worked on.
   */
  synchronized void done(Arrival arrival) {
    if (arrival.session != session) {
      return;
    }
    arrival.done = true;
    while (!waiting.isEmpty() && waiting.peekFirst().done) {
      Arrival head = waiting.removeFirst();
      sink.acknowledge(head.messageId, head.qos);
    }
  }

  /** The broker session ended: nothing that arrived so far will be acknowledged. */
  synchronized void forget() {
    waiting.clear();
    session++;
  }

  /** Messages arrived and not yet acknowledged. */
  synchronized int waiting() {
    return waiting.size();
  }
}
