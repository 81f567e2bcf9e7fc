package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinHashTest {

  private static final Argon2Settings CHEAP = new Argon2Settings(64, 1, 1);

  @Test
  void theRightPinMatchesItsHash() {
    String hash = PinHash.hash("482915".toCharArray(), CHEAP);

    assertThat(PinHash.matches("482915".toCharArray(), hash)).isTrue();
  }

  @Test
  void aWrongPinDoesNotMatch() {
    String hash = PinHash.hash("482915".toCharArray(), CHEAP);

    assertThat(PinHash.matches("482916".toCharArray(), hash)).isFalse();
  }

  @Test
  void theHashIsSaltedSoTheSamePinGivesDifferentHashes() {
    assertThat(PinHash.hash("1234".toCharArray(), CHEAP))
        .isNotEqualTo(PinHash.hash("1234".toCharArray(), CHEAP));
  }

  @Test
  void theEncodingNamesArgon2idAndItsCostAndNeverThePin() {
    String hash = PinHash.hash("482915".toCharArray(), PinHash.DEFAULT);

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("482915");
  }

  @Test
  void aDamagedOrForeignEncodingMatchesNothingInsteadOfFailing() {
    assertThat(PinHash.matches("1".toCharArray(), null)).isFalse();
    assertThat(PinHash.matches("1".toCharArray(), "")).isFalse();
    assertThat(PinHash.matches("1".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    assertThat(PinHash.matches("1".toCharArray(), "$argon2id$v=19$m=x,t=1,p=1$AAAA$AAAA"))
        .isFalse();
    assertThat(PinHash.matches("1".toCharArray(), "$argon2id$v=19$m=64,t=1,p=1$!!$AAAA")).isFalse();
  }
}
