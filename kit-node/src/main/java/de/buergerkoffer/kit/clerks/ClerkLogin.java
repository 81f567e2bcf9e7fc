package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.crypto.PinHash;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.kit.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a clerk's user name and PIN against the roster, with a lockout: after {@link
 * #MAX_FAILURES} wrong PINs for a user name (known or not, so the lockout does not tell which names
 * exist) the name is locked for {@link #LOCK_DURATION}; while locked no PIN is checked. A
 * successful login starts the count again. Unknown, inactive and wrong PIN all give the same
 * answer. Every outcome is audited (never the PIN).
 */
public final class ClerkLogin {

  /** Wrong PINs before a lockout. */
  public static final int MAX_FAILURES = 5;

  /** How long a lockout lasts. */
  public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

  /**
   * How long a PIN that was checked with Argon2id is remembered in memory (as a salted SHA-256), so
   * HTTP Basic, which sends it with every API request, does not cost an Argon2id run each time.
   */
  static final Duration REMEMBER = Duration.ofMinutes(5);

  private static final int MAX_USERNAME = 64;

  private final byte[] salt = new byte[32];
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  private final ClerkDirectory directory;
  private final LoginAttempts attempts;
  private final AuditLog audit;
  private final Clock clock;

  public ClerkLogin(ClerkDirectory directory, LoginAttempts attempts, AuditLog audit, Clock clock) {
    this.directory = directory;
    this.attempts = attempts;
    this.audit = audit;
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  /** A PIN known to match {@code pinHash} until {@code until}. */
  private record Remembered(String pinHash, byte[] digest, Instant until) {}

  /** The outcome of a login attempt. */
  public sealed interface Result {
    /** Logged in. */
    record Success(LoggedInClerk clerk) implements Result {}

    /** Unknown name, inactive account or wrong PIN: the caller must not say which. */
    record Refused() implements Result {}

    /** The name is locked until then; nothing was checked. */
    record Locked(Instant until) implements Result {}
  }

  /** Whether anyone can log in at all: false until the first roster arrived. */
  public boolean hasClerks() {
    return directory.size() > 0;
  }

  /**
   * Checks a login attempt.
   *
   * @param auditSuccess false for the API, where every request carries the PIN (HTTP Basic): its
   *     successes are not sessions and would flood the log; failures are always audited
   */
  public synchronized Result attempt(String username, char[] pin, boolean auditSuccess) {
    String name = normalise(username);
    if (name.isEmpty()) {
      return new Result.Refused();
    }
    Instant now = clock.instant();
    Optional<LoginAttempts.State> state = attempts.state(name);
    if (state.isPresent()
        && state.get().lockedUntil() != null
        && now.isBefore(state.get().lockedUntil())) {
      audit.record(name, AuditAction.LOGIN_FAILED, name, "locked");
      return new Result.Locked(state.get().lockedUntil());
    }
    Optional<StoredClerk> clerk = directory.find(name);
    boolean ok = clerk.isPresent() && clerk.get().active() && matches(name, pin, clerk.get(), now);
    if (ok) {
      if (state.isPresent()) {
        attempts.clear(name);
      }
      if (auditSuccess) {
        audit.record(name, AuditAction.LOGIN, name, "");
      }
      return new Result.Success(new LoggedInClerk(name, clerk.get().displayName()));
    }
    int failures = state.map(LoginAttempts.State::failures).orElse(0) + 1;
    String why = clerk.isEmpty() ? "unknown" : !clerk.get().active() ? "inactive" : "wrong PIN";
    if (failures >= MAX_FAILURES) {
      Instant until = now.plus(LOCK_DURATION);
      attempts.save(name, new LoginAttempts.State(0, until));
      audit.record(name, AuditAction.LOGIN_FAILED, name, why + "; failures=" + failures);
      audit.record(
          name,
          AuditAction.LOGIN_LOCKED,
          name,
          "until " + until + " after " + failures + " failures");
      return new Result.Locked(until);
    }
    attempts.save(name, new LoginAttempts.State(failures, null));
    audit.record(name, AuditAction.LOGIN_FAILED, name, why + "; failures=" + failures);
    return new Result.Refused();
  }

  /**
   * Checks the PIN against the roster's hash; a PIN that matched the same hash shortly before is
   * recognised without Argon2id. A new roster with another hash for the name, or an inactive clerk,
   * never gets past the remembered value.
   */
  private boolean matches(String name, char[] pin, StoredClerk clerk, Instant now) {
    byte[] digest = digest(name, pin);
    Remembered known = remembered.get(name);
    if (known != null
        && known.pinHash().equals(clerk.pinHash())
        && now.isBefore(known.until())
        && MessageDigest.isEqual(known.digest(), digest)) {
      return true;
    }
    if (!PinHash.matches(pin, clerk.pinHash())) {
      remembered.remove(name);
      return false;
    }
    remembered.put(name, new Remembered(clerk.pinHash(), digest, now.plus(REMEMBER)));
    return true;
  }

  private byte[] digest(String name, char[] pin) {
    byte[] text = (name + "\u0000" + new String(pin)).getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[salt.length + text.length];
    System.arraycopy(salt, 0, input, 0, salt.length);
    System.arraycopy(text, 0, input, salt.length, text.length);
    return Pki.sha256(input);
  }

  /** Lower case, trimmed and cut to a sane length, so log and table stay tidy. */
  static String normalise(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
  }
}
