package de.buergerkoffer.bundle.transfer;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of a sealed bundle on its way over MQTT. A bundle of any size travels as {@code count}
 * chunks; each names the whole bundle (id, size, SHA-256) so the hub can check every piece as it
 * arrives and the whole when it is complete, and a kit can resume after a dropped connection by
 * sending only the pieces the hub lacks.
 *
 * @param bundleId the bundle this piece belongs to
 * @param index position, 0-based
 * @param count number of chunks of the bundle, at least 1
 * @param bundleSize size of the whole sealed bundle in bytes
 * @param bundleSha256 SHA-256 of the whole sealed bundle (32 bytes)
 * @param data the piece
 */
public record Chunk(
    UUID bundleId, int index, int count, long bundleSize, byte[] bundleSha256, byte[] data) {

  public Chunk {
    Objects.requireNonNull(bundleId, "bundleId");
    Objects.requireNonNull(bundleSha256, "bundleSha256");
    Objects.requireNonNull(data, "data");
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("chunk " + index + " of " + count + " is out of range");
    }
    if (bundleSha256.length != 32) {
      throw new IllegalArgumentException("bundle SHA-256 must have 32 bytes");
    }
    if (bundleSize < 0) {
      throw new IllegalArgumentException("negative bundle size");
    }
  }

  /** Lower-case hex of {@link #bundleSha256()}. */
  public String bundleSha256Hex() {
    return HexFormat.of().formatHex(bundleSha256);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Chunk c
        && bundleId.equals(c.bundleId)
        && index == c.index
        && count == c.count
        && bundleSize == c.bundleSize
        && Arrays.equals(bundleSha256, c.bundleSha256)
        && Arrays.equals(data, c.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundleId, index, count, bundleSize)
        + 31 * Arrays.hashCode(bundleSha256)
        + 17 * Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Chunk[" + bundleId + " " + index + "/" + count + ", " + data.length + " bytes]";
  }
}
