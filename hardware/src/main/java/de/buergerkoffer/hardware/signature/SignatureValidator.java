package de.buergerkoffer.hardware.signature;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a captured signature is a signature at all: not empty, not a dot, a tick or a
 * straight line, and physically plausible data (inside the area, time not running backwards,
 * pressure 0–1).
 *
 * <p>It does not compare signatures with each other: it only keeps obviously unusable ones out of
 * the case, with a message the citizen understands.
 */
public final class SignatureValidator {

  private final SignatureRules rules;

  public SignatureValidator(SignatureRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** With {@link SignatureRules#defaults()}. */
  public SignatureValidator() {
    this(SignatureRules.defaults());
  }

  /** Empty if the signature is acceptable, else the first reason against it. */
  public Optional<RejectReason> check(Signature signature) {
    if (signature.strokes().isEmpty()) {
      return Optional.of(RejectReason.EMPTY);
    }
    if (!plausible(signature)) {
      return Optional.of(RejectReason.INVALID_DATA);
    }
    if (signature.pointCount() < rules.minPoints()) {
      return Optional.of(RejectReason.TOO_FEW_POINTS);
    }
    if (pathLength(signature) < rules.minPathOfWidth() * signature.width()) {
      return Optional.of(RejectReason.TOO_SHORT);
    }
    int minX = Integer.MAX_VALUE;
    int maxX = Integer.MIN_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxY = Integer.MIN_VALUE;
    for (SignatureStroke stroke : signature.strokes()) {
      for (SignaturePoint p : stroke.points()) {
        minX = Math.min(minX, p.x());
        maxX = Math.max(maxX, p.x());
        minY = Math.min(minY, p.y());
        maxY = Math.max(maxY, p.y());
      }
    }
    if (maxX - minX < rules.minBoxOfWidth() * signature.width()
        || maxY - minY < rules.minBoxOfHeight() * signature.height()) {
      return Optional.of(RejectReason.TOO_SMALL);
    }
    return Optional.empty();
  }

  /** Total length of the pen path within strokes (pen-up jumps do not count). */
  static double pathLength(Signature signature) {
    double length = 0;
    for (SignatureStroke stroke : signature.strokes()) {
      SignaturePoint previous = null;
      for (SignaturePoint p : stroke.points()) {
        if (previous != null) {
          length += Math.hypot(p.x() - previous.x(), p.y() - previous.y());
        }
        previous = p;
      }
    }
    return length;
  }

  private static boolean plausible(Signature signature) {
    long lastTime = Long.MIN_VALUE;
    for (SignatureStroke stroke : signature.strokes()) {
      for (SignaturePoint p : stroke.points()) {
        if (p.x() < 0
            || p.y() < 0
            || p.x() > signature.width()
            || p.y() > signature.height()
            || !(p.pressure() >= 0 && p.pressure() <= 1)
            || p.timeMillis() < lastTime) {
          return false;
        }
        lastTime = p.timeMillis();
      }
    }
    long span = lastTime - signature.strokes().get(0).points().get(0).timeMillis();
    return span <= SignatureCodec.MAX_DURATION_MILLIS;
  }
}
