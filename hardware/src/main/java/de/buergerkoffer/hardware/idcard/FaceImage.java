package de.buergerkoffer.hardware.idcard;

import java.util.Arrays;
import java.util.Objects;

/**
 * The holder's photo from the chip (data group 2), as the chip delivered it.
 *
 * <p>The bytes are copied in and out, so the value cannot be changed after creation.
 *
 * @param mediaType {@code image/jpeg} or {@code image/jp2} (JPEG 2000, common on German cards)
 * @param bytes the encoded image
 */
public record FaceImage(String mediaType, byte[] bytes) {

  public FaceImage {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      throw new IllegalArgumentException("empty face image");
    }
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FaceImage that
        && mediaType.equals(that.mediaType)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "FaceImage[" + mediaType + ", " + bytes.length + " bytes]";
  }
}
