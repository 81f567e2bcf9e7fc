package de.buergerkoffer.hardware.signature.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.signature.PointerKind;
import de.buergerkoffer.hardware.signature.Signature;
import de.buergerkoffer.hardware.signature.SignatureProcessor;
import de.buergerkoffer.hardware.signature.SignatureResult;
import de.buergerkoffer.hardware.signature.simulated.SimulatedSignaturePad;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointerEventSignaturePadTest {

  private final PointerEventSignaturePad pad =
      new PointerEventSignaturePad(
          new SignatureProcessor(), MutableClock.at("2025-11-21T10:00:00Z"));

  @Test
  void theScreenIsAlwaysThereAndSaysWhatSignedLast() {
    assertThat(pad.status().isConnected()).isTrue();
    assertThat(pad.status().lastUsed()).isEmpty();

    SignatureResult result = pad.submit(SimulatedSignaturePad.sampleSignature());

    assertThat(result).isInstanceOf(SignatureResult.Accepted.class);
    assertThat(pad.status().messageDe()).contains("mit Stift oder Unterschriftenpad");
    assertThat(pad.status().lastUsed()).contains(Instant.parse("2025-11-21T10:00:00Z"));
  }

  @Test
  void anEmptyFieldIsRejectedAndDoesNotCountAsUse() {
    SignatureResult result = pad.submit(new Signature(600, 200, 0, PointerKind.TOUCH, List.of()));

    assertThat(result).isInstanceOf(SignatureResult.Rejected.class);
    assertThat(pad.status().lastUsed()).isEmpty();
  }
}
