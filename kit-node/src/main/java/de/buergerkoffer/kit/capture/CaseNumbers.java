package de.buergerkoffer.kit.capture;

/**
 * Case numbers (Vorgangsnummern) made offline: the kit's prefix, a six-digit running number and a
 * Luhn check digit, such as {@code BK01-000127-1}. The prefix is unique per kit, so two kits never
 * make the same number; the check digit catches a digit misheard on the phone.
 */
public final class CaseNumbers {

  private CaseNumbers() {}

  public static String format(String prefix, long runningNumber) {
    if (runningNumber < 1 || runningNumber > 999_999) {
      throw new IllegalArgumentException("running number out of range: " + runningNumber);
    }
    String digits = String.format("%06d", runningNumber);
    return prefix + "-" + digits + "-" + luhn(digits);
  }

  /** True when the number's check digit matches its running number. */
  public static boolean isValid(String caseNumber) {
    String[] parts = caseNumber.split("-");
    return parts.length == 3
        && parts[1].matches("\\d{6}")
        && parts[2].matches("\\d")
        && luhn(parts[1]) == parts[2].charAt(0) - '0';
  }

  static int luhn(String digits) {
    int sum = 0;
    boolean twice = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
