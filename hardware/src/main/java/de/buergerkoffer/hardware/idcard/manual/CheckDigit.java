package de.buergerkoffer.hardware.idcard.manual;

/**
 * The ICAO 9303 (part 3, 4.9) check digit: each character's value ({@code 0}–{@code 9} as is,
 * {@code A}–{@code Z} as 10–35, the filler {@code <} as 0) times the repeating weights 7, 3, 1,
 * summed, modulo 10.
 *
 * <p>It catches every single wrong character and most swapped neighbours, which is why the kit asks
 * for it when the clerk types document data.
 */
public final class CheckDigit {

  private static final int[] WEIGHTS = {7, 3, 1};

  private CheckDigit() {}

  /**
   * Computes the check digit.
   *
   * @param data characters from {@code 0-9}, {@code A-Z} and {@code <}
   * @return the digit {@code 0}–{@code 9}
   * @throws IllegalArgumentException for any other character
   */
  public static char compute(String data) {
    int sum = 0;
    for (int i = 0; i < data.length(); i++) {
      sum += valueOf(data.charAt(i)) * WEIGHTS[i % 3];
    }
    return (char) ('0' + sum % 10);
  }

  /** True when {@code checkDigit} is the check digit of {@code data}. */
  public static boolean matches(String data, char checkDigit) {
    return compute(data) == checkDigit;
  }

  /** True when every character of {@code data} may appear in a check-digit field. */
  public static boolean isMrzText(String data) {
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && c != '<') {
        return false;
      }
    }
    return true;
  }

  private static int valueOf(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("not an MRZ character: '" + c + "'");
  }
}
