package de.buergerkoffer.hardware.signature;

/**
 * How much a signature must contain to count, relative to the capture area, so the same rules hold
 * for a 600×200 browser field and a 10000×3000 pad.
 *
 * @param minPoints at least this many samples (a tap or a dot has a handful)
 * @param minPathOfWidth total pen path at least this fraction of the area width
 * @param minBoxOfWidth bounding box at least this fraction of the area width wide
 * @param minBoxOfHeight bounding box at least this fraction of the area height high (rejects a
 *     straight line)
 */
public record SignatureRules(
    int minPoints, double minPathOfWidth, double minBoxOfWidth, double minBoxOfHeight) {

  public SignatureRules {
    if (minPoints < 1 || minPathOfWidth < 0 || minBoxOfWidth < 0 || minBoxOfHeight < 0) {
      throw new IllegalArgumentException("rules must be positive");
    }
  }

  /**
   * 20 points, path half the width, box 15 % of the width and 10 % of the height: rejects dots,
   * ticks, short dashes and straight lines, accepts even a short initial-and-surname signature.
   */
  public static SignatureRules defaults() {
    return new SignatureRules(20, 0.5, 0.15, 0.10);
  }
}
