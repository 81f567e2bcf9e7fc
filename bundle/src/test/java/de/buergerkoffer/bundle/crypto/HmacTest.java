package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacTest {

  private static final byte[] DATA =
      "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

  @Test
  void matchesTheRfc4231TestVector() {
    assertThat(Hmac.sha256Hex("Jefe", DATA))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void refusesAnotherSecretOrAChangedBody() {
    String mac = Hmac.sha256Hex("Jefe", DATA);

    assertThat(Hmac.matches("Jefe", DATA, mac)).isTrue();
    assertThat(Hmac.matches("jefe", DATA, mac)).isFalse();
    assertThat(Hmac.matches("Jefe", "what do ya want for something?".getBytes(), mac)).isFalse();
    assertThat(Hmac.matches("Jefe", DATA, null)).isFalse();
  }
}
