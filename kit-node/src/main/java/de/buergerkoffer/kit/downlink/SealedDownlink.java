package de.buergerkoffer.kit.downlink;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a message the hub sealed for this kit ({@link HubSigned#sealFor}): decrypts it with the
 * kit's key, checks the hub's signature against the CA and that it names this kit. Never throws: a
 * payload that fails any check is logged and yields empty, so the kit keeps what it had.
 */
public final class SealedDownlink {

  private static final Logger log = LoggerFactory.getLogger(SealedDownlink.class);

  private final String kitId;
  private final Supplier<Optional<KitIdentity>> identity;
  private final Clock clock;

  public SealedDownlink(String kitId, Supplier<Optional<KitIdentity>> identity, Clock clock) {
    this.kitId = kitId;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * The message, if it opens, verifies and is addressed to this kit.
   *
   * @param kitIdOf reads the kit id the message names
   */
  public <T> Optional<T> open(byte[] payload, Class<T> type, Function<T, String> kitIdOf) {
    Optional<KitIdentity> id = identity.get();
    if (id.isEmpty()) {
      log.info("{} ignored: kit not enrolled", type.getSimpleName());
      return Optional.empty();
    }
    T message;
    try {
      message = HubSigned.openSealed(payload, id.get().kit(), id.get().ca(), clock.instant(), type);
    } catch (GeneralSecurityException | RuntimeException e) {
      log.warn("{} refused: {}", type.getSimpleName(), e.getMessage());
      return Optional.empty();
    }
    if (!kitId.equals(kitIdOf.apply(message))) {
      log.warn(
          "{} for kit {} ignored (this is {})",
          type.getSimpleName(),
          kitIdOf.apply(message),
          kitId);
      return Optional.empty();
    }
    return Optional.of(message);
  }
}
