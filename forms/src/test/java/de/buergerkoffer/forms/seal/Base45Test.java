package de.buergerkoffer.forms.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base45Test {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
  void encodesTheExamplesOfRfc9285(String plain, String encoded) {
    byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

    assertThat(Base45.encode(bytes)).isEqualTo(encoded);
    assertThat(Base45.decode(encoded)).isEqualTo(bytes);
  }

  @Test
  void anyBytesSurviveTheRoundTrip() {
    Random random = new Random(45);
    for (int length = 0; length < 200; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
    }
  }

  @Test
  void malformedTextIsRefused() {
    assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Base45.decode("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Base45.decode("BB8B")).isInstanceOf(IllegalArgumentException.class);
  }
}
