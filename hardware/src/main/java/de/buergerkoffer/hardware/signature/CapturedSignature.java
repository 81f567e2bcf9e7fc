package de.buergerkoffer.hardware.signature;

import java.util.Arrays;
import java.util.Objects;

/**
 * An accepted signature with everything the case stores: the strokes, their binary record ({@link
 * SignatureCodec}) and the picture for the PDF.
 *
 * @param signature the strokes
 * @param strokeData {@link SignatureCodec#encode(Signature)} of it
 * @param image the picture
 */
public record CapturedSignature(Signature signature, byte[] strokeData, RenderedSignature image) {

  public CapturedSignature {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(strokeData, "strokeData");
    Objects.requireNonNull(image, "image");
    strokeData = strokeData.clone();
  }

  @Override
  public byte[] strokeData() {
    return strokeData.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CapturedSignature that
        && signature.equals(that.signature)
        && Arrays.equals(strokeData, that.strokeData)
        && image.equals(that.image);
  }

  @Override
  public int hashCode() {
    return Objects.hash(signature, image) * 31 + Arrays.hashCode(strokeData);
  }

  @Override
  public String toString() {
    return "CapturedSignature["
        + signature.pointCount()
        + " points, "
        + strokeData.length
        + " B, "
        + image
        + "]";
  }
}
