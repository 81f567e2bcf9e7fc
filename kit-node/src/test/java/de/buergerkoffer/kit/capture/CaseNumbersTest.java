package de.buergerkoffer.kit.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Case numbers are read out on the phone; the check digit must catch the usual slips. */
class CaseNumbersTest {

  @Test
  void writesPrefixSixDigitRunningNumberAndCheckDigit() {
    assertThat(CaseNumbers.format("BK01", 1)).isEqualTo("BK01-000001-8");
    assertThat(CaseNumbers.format("BK01", 127)).isEqualTo("BK01-000127-1");
    assertThat(CaseNumbers.format("BRA3", 999_999)).matches("BRA3-999999-\\d");
  }

  @Test
  void acceptsTheNumbersItMakes() {
    for (long n : new long[] {1, 9, 10, 127, 4711, 90_909, 123_456, 999_999}) {
      assertThat(CaseNumbers.isValid(CaseNumbers.format("BK01", n))).as("number %d", n).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 1_000_000, Long.MAX_VALUE})
  void refusesRunningNumbersOutOfRange(long runningNumber) {
    assertThatThrownBy(() -> CaseNumbers.format("BK01", runningNumber))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(runningNumber));
  }

  @Test
  void catchesEverySingleChangedDigitOfTheRunningNumber() {
    for (String number : samples()) {
      String digits = number.substring(5, 11);
      for (int position = 0; position < 6; position++) {
        for (char other = '0'; other <= '9'; other++) {
          if (other == digits.charAt(position)) {
            continue;
          }
          String misheard = replace(number, 5 + position, other);
          assertThat(CaseNumbers.isValid(misheard)).as(misheard + " from " + number).isFalse();
        }
      }
    }
  }

  @Test
  void catchesAChangedCheckDigit() {
    String number = CaseNumbers.format("BK01", 4711);
    char check = number.charAt(12);
    for (char other = '0'; other <= '9'; other++) {
      if (other != check) {
        assertThat(CaseNumbers.isValid(replace(number, 12, other))).isFalse();
      }
    }
  }

  @Test
  void catchesEverySwapOfAdjacentDigitsExceptZeroAndNine() {
    List<String> unnoticed = new ArrayList<>();
    int swaps = 0;
    for (int a = 0; a <= 9; a++) {
      for (int b = 0; b <= 9; b++) {
        if (a == b) {
          continue;
        }
        for (int position = 0; position < 5; position++) {
          // running number with digits a, b at position, position + 1, and a fixed rest
          char[] digits = "314159".toCharArray();
          digits[position] = (char) ('0' + a);
          digits[position + 1] = (char) ('0' + b);
          long running = Long.parseLong(new String(digits));
          if (running == 0) {
            continue;
          }
          String number = CaseNumbers.format("BK01", running);
          String swapped = swap(number, 5 + position);
          swaps++;
          if (CaseNumbers.isValid(swapped)) {
            unnoticed.add(number + " -> " + swapped);
            assertThat(a + b).as("only 0 and 9 may swap unnoticed: " + swapped).isEqualTo(9);
            assertThat(a * b).isZero();
          }
        }
      }
    }
    assertThat(swaps).isEqualTo(450);
    // Luhn's one blind spot: 09 <-> 90 keeps the sum, so that swap is not caught
    assertThat(unnoticed).hasSize(10);
  }

  @Test
  void refusesTextThatIsNoCaseNumber() {
    assertThat(CaseNumbers.isValid("BK01-000001")).isFalse();
    assertThat(CaseNumbers.isValid("BK01-00001-8")).isFalse();
    assertThat(CaseNumbers.isValid("BK01-00000a-8")).isFalse();
    assertThat(CaseNumbers.isValid("BK01-000001-88")).isFalse();
    assertThat(CaseNumbers.isValid("")).isFalse();
  }

  private static List<String> samples() {
    return List.of(
        CaseNumbers.format("BK01", 1),
        CaseNumbers.format("BK01", 127),
        CaseNumbers.format("BK01", 505_050),
        CaseNumbers.format("BK01", 987_654));
  }

  private static String replace(String number, int index, char digit) {
    char[] chars = number.toCharArray();
    chars[index] = digit;
    return new String(chars);
  }

  private static String swap(String number, int index) {
    char[] chars = number.toCharArray();
    char c = chars[index];
    chars[index] = chars[index + 1];
    chars[index + 1] = c;
    return new String(chars);
  }
}
