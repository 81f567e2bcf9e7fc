package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a clerk roster from the hub, from the retained MQTT message or the enrollment answer: it
 * must be sealed to this kit's key and signed by the hub ({@link HubSigned#openSealed}), name this
 * kit, and be newer than the roster held; then it replaces the roster as a whole. Anything else is
 * logged and ignored, the kit keeps what it had. Never throws.
 */
public final class RosterIntake {

  private static final Logger log = LoggerFactory.getLogger(RosterIntake.class);

  /** What became of a roster. */
  public enum Outcome {
    /** Stored: it replaced the roster held. */
    APPLIED,
    /** Its version is not higher than the one held (a replay or a duplicate). */
    NOT_NEWER,
    /** It names another kit. */
    OTHER_KIT,
    /** Not sealed for this kit, not signed by the hub, or unreadable. */
    REFUSED,
    /** The kit holds no identity (not enrolled, or wiped): it cannot open anything. */
    NOT_ENROLLED
  }

  private final String kitId;
  private final Supplier<Optional<KitIdentity>> identity;
  private final ClerkDirectory directory;
  private final AuditLog audit;
  private final Clock clock;

  public RosterIntake(
      String kitId,
      Supplier<Optional<KitIdentity>> identity,
      ClerkDirectory directory,
      AuditLog audit,
      Clock clock) {
    this.kitId = kitId;
    this.identity = identity;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens, checks and stores a sealed roster. */
  public Outcome accept(byte[] sealed) {
    Optional<KitIdentity> id = identity.get();
    if (id.isEmpty()) {
      return Outcome.NOT_ENROLLED;
    }
    ClerkRoster roster;
    try {
      roster =
          HubSigned.openSealed(
              sealed, id.get().kit(), id.get().ca(), clock.instant(), ClerkRoster.class);
    } catch (GeneralSecurityException | RuntimeException e) {
      log.warn("Clerk roster refused: {}", e.getMessage());
      return Outcome.REFUSED;
    }
    if (!kitId.equals(roster.kitId())) {
      log.warn("Clerk roster for kit {} ignored, this is {}", roster.kitId(), kitId);
      return Outcome.OTHER_KIT;
    }
    if (!directory.replaceIfNewer(roster, clock.instant())) {
      OptionalLong held = directory.version();
      log.debug("Clerk roster version {} ignored, holding {}", roster.version(), held);
      return Outcome.NOT_NEWER;
    }
    long active = roster.clerks().stream().filter(ClerkRoster.Clerk::active).count();
    log.info("Clerk roster version {} applied: {} clerks", roster.version(), active);
    audit.record(
        kitId,
        AuditAction.CLERK_ROSTER,
        "roster",
        "version="
            + roster.version()
            + "; clerks="
            + roster.clerks().size()
            + "; active="
            + active);
    return Outcome.APPLIED;
  }
}
