package de.buergerkoffer.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IngestWorkersTest {

  @Test
  void workWithTheSameKeyRunsInTheOrderItWasHandedIn() {
    Map<UUID, List<Integer>> seen = new ConcurrentHashMap<>();
    List<UUID> bundles = new ArrayList<>();
    for (int b = 0; b < 20; b++) {
      bundles.add(UUID.randomUUID());
    }
    try (IngestWorkers workers = new IngestWorkers(4)) {
      for (int chunk = 0; chunk < 50; chunk++) {
        for (UUID bundle : bundles) {
          int index = chunk;
          workers.submit(
              bundle,
              () ->
                  seen.computeIfAbsent(bundle, k -> Collections.synchronizedList(new ArrayList<>()))
                      .add(index));
        }
      }
    } // close waits for the work handed in

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      expected.add(i);
    }
    assertThat(seen).hasSize(20);
    seen.values().forEach(order -> assertThat(order).isEqualTo(expected));
  }

  @Test
  void differentKeysAreWorkedOnSideBySide() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (IngestWorkers workers = new IngestWorkers(2)) {
      // keys 0 and 1 land on different workers; each waits until the other has started too
      for (int key = 0; key < 2; key++) {
        workers.submit(
            key,
            () -> {
              threads.add(Thread.currentThread().getName());
              bothStarted.countDown();
              try {
                bothStarted.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
      }
      assertThat(bothStarted.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(threads).containsExactlyInAnyOrder("hub-ingest-1", "hub-ingest-2");
  }

  @Test
  void ingestNeedsAtLeastOneWorker() {
    assertThatThrownBy(() -> new IngestWorkers(0)).hasMessageContaining("at least one worker");
  }
}
