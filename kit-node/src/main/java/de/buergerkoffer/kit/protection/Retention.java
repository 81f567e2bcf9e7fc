package de.buergerkoffer.kit.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data minimisation: once the town hall has acknowledged a case, the kit keeps its personal data
 * only for the retention period (default 7 days, {@code bk.kit.retention}) and then deletes it,
 * keeping the case number and status so the clerk can still answer "did it arrive?".
 *
 * <p>Run at start-up and every hour. Cases refused by the hub or still waiting are never purged.
 */
public final class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final RetentionStore store;
  private final Duration retention;
  private final Clock clock;

  public Retention(RetentionStore store, Duration retention, Clock clock) {
    this.store = store;
    this.retention = Objects.requireNonNull(retention, "retention");
    this.clock = clock;
    if (retention.isNegative()) {
      throw new IllegalArgumentException("retention must not be negative: " + retention);
    }
  }

  /** Purges every case whose acknowledgement is at least the retention period old. */
  public int purgeDue() {
    Instant now = clock.instant();
    int purged = store.purgeAcknowledgedUpTo(now.minus(retention), now);
    if (purged > 0) {
      log.info(
          "Daten nach Frist gelöscht / personal data deleted after the retention period ({}): {}"
              + " cases",
          retention,
          purged);
    }
    return purged;
  }

  public Duration retention() {
    return retention;
  }
}
