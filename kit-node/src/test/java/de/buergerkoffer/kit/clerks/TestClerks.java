package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.bundle.crypto.Argon2Settings;
import de.buergerkoffer.bundle.crypto.PinHash;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Puts clerks on a test kit's roster directly, as if the hub had sent them (kits in these tests
 * never reach a hub), with cheap PIN hashes so tests stay quick.
 */
public final class TestClerks {

  /** The default test clerk. */
  public static final String USERNAME = "schmidt";

  public static final String PIN = "246810";

  public static final String DISPLAY_NAME = "Frau Schmidt";

  private static final Argon2Settings CHEAP = new Argon2Settings(64, 1, 1);

  private TestClerks() {}

  /** Gives the kit a roster with just the default clerk. */
  public static void seed(ApplicationContext kit) {
    seed(kit, new ClerkRoster.Clerk(USERNAME, DISPLAY_NAME, hash(PIN), true));
  }

  /** Replaces the kit's roster with these clerks (a newer version than the one it holds). */
  public static void seed(ApplicationContext kit, ClerkRoster.Clerk... clerks) {
    ClerkDirectory directory = kit.getBean(ClerkDirectory.class);
    long version = directory.version().orElse(0) + 1;
    String kitId = kit.getEnvironment().getProperty("bk.kit.id");
    directory.replaceIfNewer(
        new ClerkRoster(kitId, version, Instant.now(), Arrays.asList(clerks)), Instant.now());
  }

  /** A cheap hash of a PIN. */
  public static String hash(String pin) {
    return PinHash.hash(pin.toCharArray(), CHEAP);
  }

  /** The default clerk's HTTP Basic header value. */
  public static String basic() {
    return basic(USERNAME, PIN);
  }

  public static String basic(String username, String pin) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + pin).getBytes(StandardCharsets.UTF_8));
  }

  /** A request builder with the default clerk's credentials. */
  public static HttpRequest.Builder authenticated(HttpRequest.Builder builder) {
    return builder.header("Authorization", basic());
  }

  static List<ClerkRoster.Clerk> none() {
    return List.of();
  }
}
