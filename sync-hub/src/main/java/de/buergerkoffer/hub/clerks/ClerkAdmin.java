package de.buergerkoffer.hub.clerks;

import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.crypto.PinHash;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.clerks.ClerkException.Kind;
import de.buergerkoffer.hub.kits.KitRecord;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The town hall's management of clerk accounts: create, rename, new PIN, deactivate and reactivate,
 * assign kits. Each change is audited and sends a new roster to every kit it affects (for a kit
 * assignment: the kits the clerk had and has). The hub keeps only the PIN's hash.
 */
@Service
public class ClerkAdmin {

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
  private static final Pattern KIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,30}[a-z0-9]");
  private static final int MAX_DISPLAY_NAME = 80;
  private static final String ACTOR = "admin";

  private final ClerkStore store;
  private final ClerkRosters rosters;
  private final KitRegistry kits;
  private final AuditLog audit;
  private final Clock clock;

  ClerkAdmin(
      ClerkStore store, ClerkRosters rosters, KitRegistry kits, AuditLog audit, Clock clock) {
    this.store = store;
    this.rosters = rosters;
    this.kits = kits;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a new clerk gets.
   *
   * @param kits the kits the clerk may use; null or empty means all kits
   */
  public record NewClerk(String username, String displayName, String pin, List<String> kits) {}

  /** All accounts, by user name. */
  public List<ClerkAccount.View> all() {
    return store.all().stream().map(ClerkAccount::view).toList();
  }

  /** One account. */
  public ClerkAccount.View get(String username) {
    return existing(username).view();
  }

  /**
   * Creates an account.
   *
   * @throws ClerkException when a field breaks a rule or the user name is taken
   */
  public ClerkAccount.View create(NewClerk request) {
    String username = checkedUsername(request.username());
    String displayName = checkedDisplayName(request.displayName());
    String pinHash = hashedPin(request.pin());
    List<String> assigned = checkedKits(request.kits());
    Instant now = clock.instant();
    ClerkAccount account =
        new ClerkAccount(
            username, displayName, pinHash, true, assigned.isEmpty(), assigned, now, now);
    if (!store.insert(account)) {
      throw new ClerkException(
          Kind.CONFLICT, "username", "Den Benutzernamen „" + username + "“ gibt es schon.");
    }
    audit.record(ACTOR, AuditAction.CLERK_CREATE, username, kitsDetail(account));
    rosters.publish(affected(account, account));
    return account.view();
  }

  /** Changes the name shown in the inbox and on receipts. */
  public ClerkAccount.View rename(String username, String displayName) {
    ClerkAccount before = existing(username);
    ClerkAccount after =
        with(before, checkedDisplayName(displayName), before.pinHash(), before.active());
    return save(before, after, AuditAction.CLERK_CHANGE, "display name");
  }

  /** Sets a new PIN (the clerk forgot it, or it was seen). */
  public ClerkAccount.View setPin(String username, String pin) {
    ClerkAccount before = existing(username);
    ClerkAccount after = with(before, before.displayName(), hashedPin(pin), before.active());
    return save(before, after, AuditAction.CLERK_PIN, "new PIN");
  }

  /** Deactivates or reactivates the account; a deactivated clerk can log into no kit. */
  public ClerkAccount.View setActive(String username, boolean active) {
    ClerkAccount before = existing(username);
    ClerkAccount after = with(before, before.displayName(), before.pinHash(), active);
    return save(
        before,
        after,
        active ? AuditAction.CLERK_REACTIVATE : AuditAction.CLERK_DEACTIVATE,
        active ? "reactivated" : "deactivated");
  }

  /**
   * Sets the kits the clerk may use.
   *
   * @param kitIds null or empty for all kits
   */
  public ClerkAccount.View assignKits(String username, List<String> kitIds) {
    ClerkAccount before = existing(username);
    List<String> assigned = checkedKits(kitIds);
    ClerkAccount after =
        new ClerkAccount(
            before.username(),
            before.displayName(),
            before.pinHash(),
            before.active(),
            assigned.isEmpty(),
            assigned,
            before.createdAt(),
            clock.instant());
    return save(before, after, AuditAction.CLERK_CHANGE, kitsDetail(after));
  }

  /**
   * Creates the bootstrap clerk ({@code username:PIN:Display Name}) unless that user name exists.
   *
   * @return true when it was created
   */
  public boolean bootstrap(String spec) {
    if (spec == null || spec.isBlank()) {
      return false;
    }
    String[] parts = spec.split(":", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "bk.hub.bootstrap-clerk must look like username:PIN:Display Name");
    }
    if (store.find(parts[0].strip().toLowerCase(Locale.ROOT)).isPresent()) {
      return false;
    }
    create(new NewClerk(parts[0], parts[2], parts[1], List.of()));
    return true;
  }

  private ClerkAccount.View save(
      ClerkAccount before, ClerkAccount after, AuditAction action, String detail) {
    store.update(after);
    // the PIN itself never reaches the log, not even its hash
    audit.record(ACTOR, action, after.username(), detail);
    rosters.publish(affected(before, after));
    return after.view();
  }

  private ClerkAccount with(ClerkAccount a, String displayName, String pinHash, boolean active) {
    return new ClerkAccount(
        a.username(),
        displayName,
        pinHash,
        active,
        a.allKits(),
        a.kits(),
        a.createdAt(),
        clock.instant());
  }

  /** The kits whose roster changes: those the clerk could use before or can use now. */
  private List<String> affected(ClerkAccount before, ClerkAccount after) {
    if (before.allKits() || after.allKits()) {
      return kits.all().stream().map(KitRecord::kitId).toList();
    }
    Set<String> ids = new TreeSet<>(before.kits());
    ids.addAll(after.kits());
    return new ArrayList<>(ids);
  }

  private ClerkAccount existing(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return store
        .find(name)
        .orElseThrow(
            () ->
                new ClerkException(
                    Kind.NOT_FOUND,
                    "username",
                    "Kein Konto mit dem Benutzernamen „" + name + "“."));
  }

  private static String checkedUsername(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(name).matches()) {
      throw new ClerkException(
          Kind.INVALID,
          "username",
          "Der Benutzername muss 2 bis 32 Zeichen lang sein, mit einem Buchstaben beginnen und darf"
              + " nur Kleinbuchstaben (a–z), Ziffern, Punkt, Binde- und Unterstrich enthalten.");
    }
    return name;
  }

  private static String checkedDisplayName(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty()) {
      throw new ClerkException(Kind.INVALID, "displayName", "Bitte einen Anzeigenamen angeben.");
    }
    if (name.length() > MAX_DISPLAY_NAME || name.chars().anyMatch(Character::isISOControl)) {
      throw new ClerkException(
          Kind.INVALID,
          "displayName",
          "Der Anzeigename darf höchstens " + MAX_DISPLAY_NAME + " Zeichen lang sein.");
    }
    return name;
  }

  private static String hashedPin(String pin) {
    PinPolicy.problem(pin)
        .ifPresent(
            problem -> {
              throw new ClerkException(Kind.INVALID, "pin", problem);
            });
    return PinHash.hash(pin.toCharArray(), PinHash.DEFAULT);
  }

  private static List<String> checkedKits(List<String> kitIds) {
    if (kitIds == null) {
      return List.of();
    }
    Set<String> ids = new TreeSet<>();
    for (String kit : kitIds) {
      String id = kit == null ? "" : kit.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!KIT_ID.matcher(id).matches()) {
        throw new ClerkException(
            Kind.INVALID, "kits", "„" + id + "“ ist keine gültige Koffer-Kennung (wie kit-01).");
      }
      ids.add(id);
    }
    return List.copyOf(ids);
  }

  private static String kitsDetail(ClerkAccount a) {
    return a.allKits() ? "kits=all" : "kits=" + String.join(",", a.kits());
  }
}
