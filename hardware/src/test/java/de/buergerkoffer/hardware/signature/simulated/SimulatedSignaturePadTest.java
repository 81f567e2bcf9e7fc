package de.buergerkoffer.hardware.signature.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.signature.SignatureProcessor;
import de.buergerkoffer.hardware.signature.SignatureResult;
import de.buergerkoffer.hardware.signature.SignatureValidator;
import org.junit.jupiter.api.Test;

class SimulatedSignaturePadTest {

  private final SimulatedSignaturePad pad =
      new SimulatedSignaturePad(new SignatureProcessor(), MutableClock.at("2025-11-21T10:00:00Z"));

  @Test
  void itsSampleSignaturePassesTheRules() {
    assertThat(new SignatureValidator().check(SimulatedSignaturePad.sampleSignature())).isEmpty();
    assertThat(pad.submit(SimulatedSignaturePad.sampleSignature()))
        .isInstanceOf(SignatureResult.Accepted.class);
  }

  @Test
  void whenUnpluggedItSendsTheCitizenToTheKitsScreen() {
    pad.unplug();

    SignatureResult result = pad.submit(SimulatedSignaturePad.sampleSignature());

    assertThat(result).isInstanceOf(SignatureResult.PadUnavailable.class);
    assertThat(((SignatureResult.PadUnavailable) result).messageDe())
        .contains("auf dem Bildschirm des Koffers");
    assertThat(pad.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
  }
}
