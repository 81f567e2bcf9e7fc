package de.buergerkoffer.kit.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A transport that keeps what it is given, and can be taken offline. */
final class RecordingTransport implements BundleTransport {

  /** One hand-over. */
  record Sent(String kitId, UUID bundleId, byte[] sealed) {}

  private final List<Sent> sent = new ArrayList<>();
  private volatile boolean online = true;

  void goOffline() {
    online = false;
  }

  void goOnline() {
    online = true;
  }

  synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  List<UUID> sentBundleIds() {
    return sent.stream().map(Sent::bundleId).toList();
  }

  @Override
  public boolean connected() {
    return online;
  }

  @Override
  public synchronized boolean send(String kitId, UUID bundleId, byte[] sealed) {
    if (!online) {
      return false;
    }
    sent.add(new Sent(kitId, bundleId, sealed.clone()));
    return true;
  }
}
