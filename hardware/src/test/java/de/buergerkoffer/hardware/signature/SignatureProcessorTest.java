package de.buergerkoffer.hardware.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureProcessorTest {

  private final SignatureProcessor processor = new SignatureProcessor();

  @Test
  void anAcceptedSignatureComesWithItsStrokeRecordAndPicture() {
    SignatureResult result = processor.process(Signatures.handwritten());

    assertThat(result).isInstanceOf(SignatureResult.Accepted.class);
    CapturedSignature captured = ((SignatureResult.Accepted) result).captured();
    assertThat(SignatureCodec.decode(captured.strokeData()).pointCount())
        .isEqualTo(Signatures.handwritten().pointCount());
    assertThat(captured.image().png()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void aRejectedSignatureSaysWhyInGerman() {
    SignatureResult result = processor.process(Signatures.of());

    assertThat(result)
        .isEqualTo(
            new SignatureResult.Rejected(RejectReason.EMPTY, RejectReason.EMPTY.messageDe()));
  }
}
