package de.buergerkoffer.hardware.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureCodecTest {

  @Test
  void keepsStrokesPositionsTimesAndPressureThroughARoundTrip() {
    Signature original = Signatures.handwritten();

    Signature decoded = SignatureCodec.decode(SignatureCodec.encode(original));

    assertThat(decoded.width()).isEqualTo(600);
    assertThat(decoded.height()).isEqualTo(200);
    assertThat(decoded.unitsPerMm()).isEqualTo(3.78);
    assertThat(decoded.pointerKind()).isEqualTo(PointerKind.PEN);
    assertThat(decoded.strokes()).hasSameSizeAs(original.strokes());
    List<SignaturePoint> before = original.strokes().get(0).points();
    List<SignaturePoint> after = decoded.strokes().get(0).points();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).x()).isEqualTo(before.get(i).x());
      assertThat(after.get(i).y()).isEqualTo(before.get(i).y());
      assertThat(after.get(i).pressure()).isCloseTo(before.get(i).pressure(), within(1e-4f));
      // times are stored relative to the first sample
      assertThat(after.get(i).timeMillis()).isEqualTo(before.get(i).timeMillis() - 1000);
    }
  }

  @Test
  void isCompactTenBytesPerSample() {
    Signature signature = Signatures.handwritten();

    byte[] bytes = SignatureCodec.encode(signature);

    assertThat(bytes).hasSize(16 + 2 + signature.pointCount() * 10);
    assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("BKSG");
    assertThat(bytes[4]).isEqualTo((byte) 1);
  }

  @Test
  void encodingTwiceGivesTheSameBytes() {
    byte[] once = SignatureCodec.encode(Signatures.handwritten());

    assertThat(SignatureCodec.encode(SignatureCodec.decode(once))).isEqualTo(once);
  }

  @Test
  void refusesTruncatedOrForeignBytes() {
    byte[] bytes = SignatureCodec.encode(Signatures.handwritten());

    assertThatThrownBy(() -> SignatureCodec.decode(Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> SignatureCodec.decode("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> SignatureCodec.decode(longer)).hasMessageContaining("trailing");
  }

  @Test
  void refusesCoordinatesThatDoNotFitSixteenBits() {
    Signature negative =
        Signatures.of(new SignatureStroke(List.of(new SignaturePoint(-1, 5, 0.5f, 0))));

    assertThatThrownBy(() -> SignatureCodec.encode(negative))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
