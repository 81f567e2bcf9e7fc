package de.buergerkoffer.hardware.signature;

import java.util.List;

/**
 * The samples between pen down and pen up.
 *
 * @param points at least one
 */
public record SignatureStroke(List<SignaturePoint> points) {
  public SignatureStroke {
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a stroke has at least one point");
    }
  }
}
