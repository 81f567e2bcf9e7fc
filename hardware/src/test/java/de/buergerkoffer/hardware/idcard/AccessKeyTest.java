package de.buergerkoffer.hardware.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccessKeyTest {

  @Test
  void aCardAccessNumberHasExactlySixDigits() {
    assertThat(new AccessKey.CardAccessNumber("123456").digits()).isEqualTo("123456");
    assertThatThrownBy(() -> new AccessKey.CardAccessNumber("12345"))
        .hasMessageContaining("sechs Ziffern");
    assertThatThrownBy(() -> new AccessKey.CardAccessNumber("12345a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anMrzKeyWantsANormalisedDocumentNumber() {
    LocalDate birth = LocalDate.of(1964, 8, 12);
    LocalDate expiry = LocalDate.of(2031, 10, 31);

    assertThat(new AccessKey.MrzAccessKey("T22000129", birth, expiry).documentNumber())
        .isEqualTo("T22000129");
    assertThatThrownBy(() -> new AccessKey.MrzAccessKey("t22 000129", birth, expiry))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyFailedReadCarriesAGermanWayOn() {
    assertThat(new ReadResult.NoReader().messageDe()).contains("von Hand");
    assertThat(new ReadResult.CardRemoved().messageDe()).contains("von Hand");
    assertThat(new ReadResult.UnsupportedDocument().messageDe()).contains("von Hand");
    assertThat(new ReadResult.WrongAccessKey().messageDe()).contains("Zugangsnummer");
  }
}
