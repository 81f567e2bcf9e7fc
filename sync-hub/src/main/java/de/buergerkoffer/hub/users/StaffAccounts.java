package de.buergerkoffer.hub.users;

import de.buergerkoffer.hub.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Town-hall accounts: create, change role, lock, set passwords, and the lockout after repeated
 * failed logins ({@code maxFailures} failures in a row lock the account for {@code lockout}; an
 * admin can unlock earlier). The last enabled admin cannot be demoted or disabled, so the hub is
 * never left without one.
 */
public class StaffAccounts {

  /** Lower-case letters, digits, dot, dash, underscore; 2 to 40 characters. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

  /** The shortest password accepted (BSI recommends length over composition rules). */
  static final int MIN_PASSWORD = 10;

  private final StaffUsers users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  StaffAccounts(
      StaffUsers users,
      PasswordEncoder encoder,
      AuditLog audit,
      Clock clock,
      int maxFailures,
      Duration lockout) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  public List<StaffUser> all() {
    return users.all();
  }

  public Optional<StaffUser> find(String username) {
    return users.find(normalise(username));
  }

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException with a German message for the form when the name or password
   *     is not acceptable or the name is taken
   */
  public StaffUser create(
      String actor, String username, String displayName, StaffRole role, String password) {
    String name = normalise(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Benutzername: 2–40 Zeichen, Kleinbuchstaben, Ziffern, Punkt, Binde- oder Unterstrich.");
    }
    checkPassword(password);
    String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
    StaffUser user =
        new StaffUser(
            name, shown, encoder.encode(password), role, true, 0, null, clock.instant(), null);
    if (!users.add(user)) {
      throw new IllegalArgumentException("Den Benutzernamen " + name + " gibt es schon.");
    }
    audit.record(actor, "STAFF_CREATE", name, "role=" + role);
    return user;
  }

  /** Sets a new password and lifts a lockout. */
  public void setPassword(String actor, String username, String password) {
    checkPassword(password);
    StaffUser user = existing(username);
    users.setPasswordHash(user.username(), encoder.encode(password));
    audit.record(actor, "STAFF_PASSWORD", user.username(), "");
  }

  public void setRole(String actor, String username, StaffRole role) {
    StaffUser user = existing(username);
    if (user.role() == StaffRole.ADMIN && role != StaffRole.ADMIN) {
      keepOneAdmin(user);
    }
    users.setRole(user.username(), role);
    audit.record(actor, "STAFF_ROLE", user.username(), "role=" + role);
  }

  public void setEnabled(String actor, String username, boolean enabled) {
    StaffUser user = existing(username);
    if (!enabled && user.role() == StaffRole.ADMIN) {
      keepOneAdmin(user);
    }
    users.setEnabled(user.username(), enabled);
    audit.record(actor, enabled ? "STAFF_ENABLE" : "STAFF_DISABLE", user.username(), "");
  }

  public void unlock(String actor, String username) {
    StaffUser user = existing(username);
    users.unlock(user.username());
    audit.record(actor, "STAFF_UNLOCK", user.username(), "");
  }

  /** A failed login for an existing account: counts it, and locks after too many in a row. */
  void loginFailed(String username) {
    users
        .find(normalise(username))
        .ifPresent(
            user -> {
              boolean lock = user.failedAttempts() + 1 >= maxFailures;
              users.failedLogin(user.username(), lock ? clock.instant().plus(lockout) : null);
              if (lock) {
                audit.record(
                    "hub",
                    "STAFF_LOCKED",
                    user.username(),
                    "failures=" + (user.failedAttempts() + 1));
              }
            });
  }

  /** A successful interactive login. */
  void loggedIn(String username) {
    users.loggedIn(normalise(username), clock.instant());
  }

  /** A successful API (HTTP Basic) authentication: clears failures without writing otherwise. */
  void authenticated(String username) {
    users
        .find(normalise(username))
        .filter(u -> u.failedAttempts() > 0)
        .ifPresent(u -> users.unlock(u.username()));
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Creates the configured bootstrap admin ({@code user:password}) when no account of that name
   * exists; an existing account is left as it is, so a changed password is not reset on restart.
   */
  void bootstrapAdmin(String spec) {
    if (spec == null || spec.isBlank()) {
      return;
    }
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new IllegalStateException("bk.hub.bootstrap-admin must be user:password");
    }
    String name = normalise(spec.substring(0, colon));
    if (users.find(name).isEmpty()) {
      create("system", name, "Administrator", StaffRole.ADMIN, spec.substring(colon + 1));
    }
  }

  private void keepOneAdmin(StaffUser user) {
    if (user.enabled() && users.countEnabled(StaffRole.ADMIN) <= 1) {
      throw new IllegalArgumentException("Die letzte Administration kann nicht entfernt werden.");
    }
  }

  private StaffUser existing(String username) {
    return users
        .find(normalise(username))
        .orElseThrow(() -> new IllegalArgumentException("Unbekannter Benutzer " + username));
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "Das Passwort muss mindestens " + MIN_PASSWORD + " Zeichen lang sein.");
    }
  }

  static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
