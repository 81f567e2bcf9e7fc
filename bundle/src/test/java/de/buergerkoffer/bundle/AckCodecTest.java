package de.buergerkoffer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AckCodecTest {

  private final TestPki pki = TestPki.create();

  @Test
  void kitReadsAnAckSignedByTheHub() throws Exception {
    Ack ack = Ack.accepted(UUID.randomUUID(), "ab12", List.of(UUID.randomUUID()), Instant.now());

    Ack read =
        AckCodec.verify(
            AckCodec.sign(ack, pki.hubSigning()), pki.ca().certificate(), Instant.now());

    assertThat(read).isEqualTo(ack);
  }

  @Test
  void anAckSignedByAnotherKitIsRefused() {
    Ack forged = Ack.accepted(UUID.randomUUID(), "ab12", List.of(), Instant.now());
    byte[] signed = AckCodec.sign(forged, pki.kit("kit-evil"));

    assertThatThrownBy(() -> AckCodec.verify(signed, pki.ca().certificate(), Instant.now()))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("HUB_SIGNING");
  }

  @Test
  void anAckFromAnotherTownHallIsRefused() {
    Ack ack = Ack.accepted(UUID.randomUUID(), "ab12", List.of(), Instant.now());
    byte[] signed = AckCodec.sign(ack, TestPki.create().hubSigning());

    assertThatThrownBy(() -> AckCodec.verify(signed, pki.ca().certificate(), Instant.now()))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void aChangedAckIsRefused() {
    byte[] signed =
        AckCodec.sign(
            Ack.rejected(UUID.randomUUID(), "ab12", RejectReason.BAD_SIGNATURE, "x", Instant.now()),
            pki.hubSigning());
    int at = indexOf(signed, "REJECTED".getBytes());
    signed[at] = 'X';

    assertThatThrownBy(() -> AckCodec.verify(signed, pki.ca().certificate(), Instant.now()))
        .isInstanceOf(GeneralSecurityException.class);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
