package de.buergerkoffer.hardware.signature;

import java.util.ArrayList;
import java.util.List;

/** Signatures for tests, on a 600 × 200 capture area. */
final class Signatures {

  private Signatures() {}

  /** A looping line over most of the width: what a real signature looks like to the rules. */
  static Signature handwritten() {
    List<SignaturePoint> points = new ArrayList<>();
    for (int i = 0; i <= 100; i++) {
      double u = i / 100.0;
      int x = (int) Math.round(50 + 450 * u);
      int y = (int) Math.round(100 + 40 * Math.sin(u * 25));
      points.add(new SignaturePoint(x, y, 0.5f, 1000 + i * 8L));
    }
    return of(new SignatureStroke(points));
  }

  /** A straight horizontal line, pen down from x0 to x1 at y. */
  static Signature line(int x0, int x1, int y, int samples) {
    List<SignaturePoint> points = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      points.add(new SignaturePoint(x0 + (x1 - x0) * i / (samples - 1), y, 0.5f, i * 8L));
    }
    return of(new SignatureStroke(points));
  }

  static Signature of(SignatureStroke... strokes) {
    return new Signature(600, 200, 3.78, PointerKind.PEN, List.of(strokes));
  }
}
