package de.buergerkoffer.hub.ingest;

/**
 * Sends a signed ack to a kit outside the normal ingest flow, e.g. when a quarantined bundle is
 * released. Best effort: a kit that misses it gets the ack again when it asks about the bundle.
 */
public interface AckChannel {

  void sendAck(String kitId, IngestService.SignedAck ack);
}
