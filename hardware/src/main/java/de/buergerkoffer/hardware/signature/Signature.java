package de.buergerkoffer.hardware.signature;

import java.util.List;
import java.util.Objects;

/**
 * A handwritten signature as captured: the strokes in device units within a capture area.
 *
 * <p>This is the evidence; the PNG is only a picture of it. The record is what the browser posts as
 * JSON (Jackson maps it as it is) and what {@link SignatureCodec} stores.
 *
 * @param width capture area width in device units (1–65535)
 * @param height capture area height in device units (1–65535)
 * @param unitsPerMm device units per millimetre if known (pads know it; browsers roughly 3.78 CSS
 *     pixels per mm), 0 if unknown
 * @param pointerKind what wrote it
 * @param strokes pen-down-to-pen-up sequences in writing order; may be empty (then rejected)
 */
public record Signature(
    int width,
    int height,
    double unitsPerMm,
    PointerKind pointerKind,
    List<SignatureStroke> strokes) {

  /** Largest width/height, so that coordinates fit the binary format's 16 bits. */
  public static final int MAX_EXTENT = 65_535;

  public Signature {
    Objects.requireNonNull(pointerKind, "pointerKind");
    strokes = List.copyOf(strokes);
    if (width < 1 || height < 1 || width > MAX_EXTENT || height > MAX_EXTENT) {
      throw new IllegalArgumentException("capture area must be 1..65535 units each way");
    }
    if (!(unitsPerMm >= 0) || Double.isInfinite(unitsPerMm)) {
      throw new IllegalArgumentException("unitsPerMm must be 0 (unknown) or positive");
    }
  }

  /** All points of all strokes. */
  public int pointCount() {
    return strokes.stream().mapToInt(s -> s.points().size()).sum();
  }
}
