package de.buergerkoffer.hub.clerks;

import java.util.Optional;

/**
 * Which PINs the town hall accepts for a clerk: 6 to 12 digits, not all the same digit and not a
 * straight run up or down ({@code 123456}, {@code 987654}, also across 9 to 0). A PIN only has to
 * withstand guessing at the kit, where five wrong tries lock the name; these rules take out the
 * guesses people try first.
 */
public final class PinPolicy {

  /** Fewest digits. */
  public static final int MIN_LENGTH = 6;

  /** Most digits. */
  public static final int MAX_LENGTH = 12;

  private PinPolicy() {}

  /** Why the PIN is not acceptable, in German; empty when it is. */
  public static Optional<String> problem(String pin) {
    if (pin == null || pin.isEmpty()) {
      return Optional.of("Bitte eine PIN angeben.");
    }
    if (!pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("Die PIN darf nur aus Ziffern bestehen.");
    }
    if (pin.length() < MIN_LENGTH || pin.length() > MAX_LENGTH) {
      return Optional.of(
          "Die PIN muss " + MIN_LENGTH + " bis " + MAX_LENGTH + " Ziffern lang sein.");
    }
    if (pin.chars().distinct().count() == 1) {
      return Optional.of("Die PIN darf nicht aus lauter gleichen Ziffern bestehen.");
    }
    if (isRun(pin, 1) || isRun(pin, 9)) {
      return Optional.of("Die PIN darf keine durchgehende Zahlenfolge sein (wie 123456).");
    }
    return Optional.empty();
  }

  /** Each digit is the one before plus {@code step} (mod 10): 1 is upwards, 9 downwards. */
  private static boolean isRun(String pin, int step) {
    for (int i = 1; i < pin.length(); i++) {
      if ((pin.charAt(i - 1) - '0' + step) % 10 != pin.charAt(i) - '0') {
        return false;
      }
    }
    return true;
  }
}
