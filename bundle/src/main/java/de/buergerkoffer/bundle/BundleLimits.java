package de.buergerkoffer.bundle;

/**
 * Upper bounds the hub enforces before and while it unpacks a bundle, so a hostile or broken bundle
 * (ZIP bomb, endless entries) cannot exhaust memory or disk.
 *
 * @param maxSealedBytes largest sealed bundle accepted
 * @param maxUnpackedBytes largest total of all unpacked entries
 * @param maxEntries most ZIP entries
 */
public record BundleLimits(long maxSealedBytes, long maxUnpackedBytes, int maxEntries) {

  /** 64 MiB sealed, 128 MiB unpacked, 2,000 entries. */
  public static BundleLimits defaults() {
    return new BundleLimits(64L << 20, 128L << 20, 2_000);
  }
}
