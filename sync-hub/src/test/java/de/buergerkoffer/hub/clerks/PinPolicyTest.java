package de.buergerkoffer.hub.clerks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinPolicyTest {

  @Test
  void sixToTwelveMixedDigitsAreAccepted() {
    assertThat(PinPolicy.problem("135790")).isEmpty();
    assertThat(PinPolicy.problem("482915730164")).isEmpty();
    assertThat(PinPolicy.problem("112233")).isEmpty();
  }

  @Test
  void tooShortOrTooLongIsRefused() {
    assertThat(PinPolicy.problem("13579")).hasValue("Die PIN muss 6 bis 12 Ziffern lang sein.");
    assertThat(PinPolicy.problem("1357913579135"))
        .hasValue("Die PIN muss 6 bis 12 Ziffern lang sein.");
  }

  @Test
  void anythingButDigitsIsRefused() {
    assertThat(PinPolicy.problem("13579a")).hasValue("Die PIN darf nur aus Ziffern bestehen.");
    assertThat(PinPolicy.problem("１３５７９０")).hasValue("Die PIN darf nur aus Ziffern bestehen.");
    assertThat(PinPolicy.problem("")).hasValue("Bitte eine PIN angeben.");
    assertThat(PinPolicy.problem(null)).hasValue("Bitte eine PIN angeben.");
  }

  @Test
  void allTheSameDigitIsRefused() {
    assertThat(PinPolicy.problem("777777"))
        .hasValue("Die PIN darf nicht aus lauter gleichen Ziffern bestehen.");
  }

  @Test
  void straightRunsUpOrDownAreRefused() {
    String run = "Die PIN darf keine durchgehende Zahlenfolge sein (wie 123456).";
    assertThat(PinPolicy.problem("123456")).hasValue(run);
    assertThat(PinPolicy.problem("654321")).hasValue(run);
    assertThat(PinPolicy.problem("7890123")).hasValue(run);
    assertThat(PinPolicy.problem("3210987")).hasValue(run);
    assertThat(PinPolicy.problem("123457")).isEmpty();
  }
}
