package de.buergerkoffer.hardware.idcard.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitTest {

  @ParameterizedTest(name = "{0} has check digit {1}")
  @CsvSource({
    // ICAO 9303 part 4 and 5 specimens
    "L898902C3, 6",
    "740812, 2",
    "120415, 9",
    "D23145890, 7",
    "ZE184226B<<<<<, 1",
    // German ID card specimen (Erika Mustermann)
    "T22000129, 3",
    "640812, 5",
    "201031, 5",
    "<<<<<<, 0"
  })
  void computesTheIcaoCheckDigit(String data, char expected) {
    assertThat(CheckDigit.compute(data)).isEqualTo(expected);
    assertThat(CheckDigit.matches(data, expected)).isTrue();
  }

  @Test
  void aSingleWrongCharacterChangesTheDigit() {
    assertThat(CheckDigit.matches("T22000128", '3')).isFalse();
  }

  @Test
  void refusesCharactersThatAreNotInTheMrzAlphabet() {
    assertThatThrownBy(() -> CheckDigit.compute("t22"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CheckDigit.isMrzText("AB<09")).isTrue();
    assertThat(CheckDigit.isMrzText("AB 09")).isFalse();
  }
}
