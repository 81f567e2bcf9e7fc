package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.ClerkRoster;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A roster and login failures in memory, for tests of the plain-Java clerk classes. */
final class InMemoryClerks implements ClerkDirectory, LoginAttempts {

  private OptionalLong version = OptionalLong.empty();
  private final Map<String, StoredClerk> clerks = new HashMap<>();
  private final Map<String, State> states = new HashMap<>();

  @Override
  public OptionalLong version() {
    return version;
  }

  @Override
  public boolean replaceIfNewer(ClerkRoster roster, Instant receivedAt) {
    if (version.isPresent() && roster.version() <= version.getAsLong()) {
      return false;
    }
    clerks.clear();
    roster
        .clerks()
        .forEach(
            c ->
                clerks.put(
                    c.username(),
                    new StoredClerk(c.username(), c.displayName(), c.pinHash(), c.active())));
    version = OptionalLong.of(roster.version());
    return true;
  }

  @Override
  public Optional<StoredClerk> find(String username) {
    return Optional.ofNullable(clerks.get(username));
  }

  @Override
  public int size() {
    return clerks.size();
  }

  @Override
  public Optional<State> state(String username) {
    return Optional.ofNullable(states.get(username));
  }

  @Override
  public void save(String username, State state) {
    states.put(username, state);
  }

  @Override
  public void clear(String username) {
    states.remove(username);
  }
}
