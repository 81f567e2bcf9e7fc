package de.buergerkoffer.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.transfer.ChunkStore;
import de.buergerkoffer.hub.TestHub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class TransferExpiryTest {

  @TempDir Path dataDir;

  @Test
  void anUnfinishedTransferOlderThanTheExpiryIsDroppedWhileAYoungerOneStays() {
    try (TestHub hub = TestHub.start(dataDir, Map.of())) {
      JdbcChunkStore store = hub.bean(JdbcChunkStore.class);
      UUID old = UUID.randomUUID();
      UUID young = UUID.randomUUID();
      Instant now = Instant.now();
      store.begin(new ChunkStore.Transfer(old, "kit-07", 3, 700_000, "aa"));
      store.put(old, 0, new byte[] {1, 2, 3});
      hub.bean(JdbcTemplate.class)
          .update(
              "UPDATE transfer SET started_at = ? WHERE bundle_id = ?",
              StoredTime.format(now.minus(Duration.ofDays(15))),
              old.toString());
      store.begin(new ChunkStore.Transfer(young, "kit-07", 3, 700_000, "bb"));
      store.put(young, 0, new byte[] {4, 5, 6});

      int dropped = hub.bean(TransferExpiry.class).dropExpired();

      assertThat(dropped).isEqualTo(1);
      assertThat(store.transfer(old)).isEmpty();
      assertThat(store.held(old).isEmpty()).isTrue();
      assertThat(store.transfer(young)).isPresent();
      assertThat(store.held(young).get(0)).isTrue();
    }
  }
}
