package de.buergerkoffer.hub.workflow;

import de.buergerkoffer.bundle.CaseStatusBoard;
import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.hub.broker.BrokerConnected;
import de.buergerkoffer.hub.broker.Downlink;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes a kit's {@link CaseStatusBoard}: sealed to the kit, retained on {@link
 * Topics#caseStatus}, with every case of the kit that is not finished or changed in the last 30
 * days. Published after each change and again on every broker connection; the version is the
 * clock's milliseconds, raised by one where needed so it strictly increases per kit.
 */
@Component
public class StatusBoardPublisher {

  /** Finished cases stay on the board this long, so the clerk can still tell the resident. */
  static final Duration KEEP_FINISHED = Duration.ofDays(30);

  private static final Logger log = LoggerFactory.getLogger(StatusBoardPublisher.class);

  private final CaseStates states;
  private final KitRegistry kits;
  private final HubKeys keys;
  private final Downlink downlink;
  private final Clock clock;
  private final Map<String, Long> lastVersion = new HashMap<>();

  StatusBoardPublisher(
      CaseStates states, KitRegistry kits, HubKeys keys, Downlink downlink, Clock clock) {
    this.states = states;
    this.kits = kits;
    this.keys = keys;
    this.downlink = downlink;
    this.clock = clock;
  }

  /**
   * Publishes the kit's current board.
   *
   * @return false when the kit is unknown or revoked, or the broker is not connected (the board
   *     follows on the next connection)
   */
  public boolean publish(String kitId) {
    Optional<X509Certificate> certificate = kits.certificate(kitId);
    if (certificate.isEmpty() || kits.isRevoked(kitId)) {
      return false;
    }
    CaseStatusBoard board = board(kitId);
    boolean sent =
        downlink.publishRetained(
            Topics.caseStatus(kitId), HubSigned.sealFor(board, keys.signing(), certificate.get()));
    if (!sent) {
      log.info("Case status board for {} waits for the broker", kitId);
    }
    return sent;
  }

  /** The board as it would be published now. */
  public CaseStatusBoard board(String kitId) {
    Instant now = clock.instant();
    List<CaseStatusBoard.Entry> entries = states.boardEntries(kitId, now.minus(KEEP_FINISHED));
    return new CaseStatusBoard(kitId, nextVersion(kitId, now), now, entries);
  }

  private synchronized long nextVersion(String kitId, Instant now) {
    long version = Math.max(now.toEpochMilli(), lastVersion.getOrDefault(kitId, 0L) + 1);
    lastVersion.put(kitId, version);
    return version;
  }

  /** Retained messages may have been lost with a broker's state: publish every board again. */
  @EventListener(BrokerConnected.class)
  public void brokerConnected(BrokerConnected event) {
    states.kits().forEach(this::publish);
  }
}
