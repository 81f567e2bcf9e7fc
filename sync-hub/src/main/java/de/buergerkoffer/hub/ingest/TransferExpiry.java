package de.buergerkoffer.hub.ingest;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops bundle transfers that were begun but never finished, once they are older than {@code
 * bk.hub.transfer-expiry} (default 14 days). Why: a kit that was wiped or retired mid-transfer
 * never completes it, and the chunks (sealed, but still citizens' data) should not stay on the hub
 * for ever. A kit that is merely slow loses nothing: it still holds the bundle and sends it again.
 */
@Component
class TransferExpiry {

  private static final Logger log = LoggerFactory.getLogger(TransferExpiry.class);

  private final JdbcChunkStore store;
  private final Clock clock;
  private final Duration expiry;

  TransferExpiry(
      JdbcChunkStore store, Clock clock, @Value("${bk.hub.transfer-expiry:14d}") Duration expiry) {
    this.store = store;
    this.clock = clock;
    this.expiry = expiry;
  }

  /** Runs an hour after start and then every hour. */
  @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
  int dropExpired() {
    int dropped = store.discardStartedBefore(clock.instant().minus(expiry));
    if (dropped > 0) {
      log.info("Dropped {} unfinished transfer(s) older than {}", dropped, expiry);
    }
    return dropped;
  }
}
