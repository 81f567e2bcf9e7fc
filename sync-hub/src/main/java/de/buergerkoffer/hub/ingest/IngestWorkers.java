package de.buergerkoffer.hub.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A few threads that take in kits' messages side by side, so one bundle's decryption overlaps
 * another's database commit. Work with the same key (a bundle id) always runs on the same thread,
 * in the order it was handed in: the chunks of one bundle are never assembled concurrently.
 *
 * <p>The queues are unbounded on purpose: the broker sends no more than the hub's receive maximum
 * before the hub acknowledges, so at most that many tasks wait.
 */
final class IngestWorkers implements AutoCloseable {

  private final List<ExecutorService> lanes = new ArrayList<>();

  /**
   * @param count threads (at least 1)
   */
  IngestWorkers(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("ingest needs at least one worker, not " + count);
    }
    for (int i = 0; i < count; i++) {
      String name = "hub-ingest-" + (i + 1);
      lanes.add(Executors.newSingleThreadExecutor(r -> new Thread(r, name)));
    }
  }

  /** Runs the task on the key's thread, after the work handed in before with the same key. */
  void submit(Object key, Runnable task) {
    lanes.get(Math.floorMod(key.hashCode(), lanes.size())).execute(task);
  }

  int count() {
    return lanes.size();
  }

  /** Lets the work handed in finish (up to 30 s), then stops the threads. */
  @Override
  public void close() {
    lanes.forEach(ExecutorService::shutdown);
    try {
      for (ExecutorService lane : lanes) {
        if (!lane.awaitTermination(30, TimeUnit.SECONDS)) {
          lane.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      lanes.forEach(ExecutorService::shutdownNow);
      Thread.currentThread().interrupt();
    }
  }
}
