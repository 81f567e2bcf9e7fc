package de.buergerkoffer.hardware.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureValidatorTest {

  private final SignatureValidator validator = new SignatureValidator();

  @Test
  void acceptsAHandwrittenSignature() {
    assertThat(validator.check(Signatures.handwritten())).isEmpty();
  }

  @Test
  void rejectsAnEmptyField() {
    assertThat(validator.check(Signatures.of())).contains(RejectReason.EMPTY);
  }

  @Test
  void rejectsATap() {
    SignatureStroke tap =
        new SignatureStroke(
            List.of(new SignaturePoint(300, 100, 0.5f, 0), new SignaturePoint(301, 100, 0.5f, 8)));

    assertThat(validator.check(Signatures.of(tap))).contains(RejectReason.TOO_FEW_POINTS);
  }

  @Test
  void rejectsAShortDash() {
    assertThat(validator.check(Signatures.line(280, 340, 100, 30)))
        .contains(RejectReason.TOO_SHORT);
  }

  @Test
  void rejectsAStraightLineEvenWhenItIsLong() {
    assertThat(validator.check(Signatures.line(50, 550, 100, 60))).contains(RejectReason.TOO_SMALL);
  }

  @Test
  void rejectsATinyScribbleWithManyPoints() {
    List<SignaturePoint> points = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      points.add(new SignaturePoint(300 + (i % 2) * 10, 100 + (i % 3) * 5, 0.5f, i * 8L));
    }

    assertThat(validator.check(Signatures.of(new SignatureStroke(points))))
        .contains(RejectReason.TOO_SMALL);
  }

  @Test
  void rejectsPointsOutsideTheCaptureArea() {
    SignatureStroke outside = new SignatureStroke(List.of(new SignaturePoint(700, 100, 0.5f, 0)));
    Signature signature = Signatures.of(Signatures.handwritten().strokes().get(0), outside);

    assertThat(validator.check(signature)).contains(RejectReason.INVALID_DATA);
  }

  @Test
  void rejectsTimeRunningBackwards() {
    SignatureStroke early = new SignatureStroke(List.of(new SignaturePoint(10, 10, 0.5f, 0)));
    Signature signature = Signatures.of(Signatures.handwritten().strokes().get(0), early);

    assertThat(validator.check(signature)).contains(RejectReason.INVALID_DATA);
  }

  @Test
  void everyReasonAsksTheCitizenInGerman() {
    for (RejectReason reason : RejectReason.values()) {
      assertThat(reason.messageDe()).contains("Bitte");
    }
  }
}
