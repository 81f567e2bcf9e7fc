package de.buergerkoffer.bundle.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A clerk's PIN stored as an Argon2id hash (RFC 9106) in the PHC string format {@code
 * $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (unpadded Base64). The hub makes it
 * when an admin sets a PIN; kits only check PINs against it. Memory-hard, because a short numeric
 * PIN is cheap to guess once a hash leaks; the real defence against guessing on the kit is the
 * lockout after repeated failures.
 */
public final class PinHash {

  /** 19 MiB, 2 passes, 1 lane: OWASP's minimum for Argon2id, a few tenths of a second on a Pi. */
  public static final Argon2Settings DEFAULT = new Argon2Settings(19 * 1024, 2, 1);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private PinHash() {}

  /** The encoded hash of a PIN with a fresh random salt. */
  public static String hash(char[] pin, Argon2Settings settings) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(pin, salt, settings, 32);
    return "$argon2id$v=19$m="
        + settings.memoryKib()
        + ",t="
        + settings.iterations()
        + ",p="
        + settings.parallelism()
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /**
   * Whether the PIN matches the encoded hash. False, never an exception, for a malformed or
   * unsupported encoding, so a damaged roster entry locks that clerk out instead of crashing login.
   */
  public static boolean matches(char[] pin, String encoded) {
    if (encoded == null) {
      return false;
    }
    String[] parts = encoded.split("\\$");
    // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
    if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
      return false;
    }
    try {
      Argon2Settings settings = parseSettings(parts[3]);
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      if (salt.length < 8 || expected.length < 16) {
        return false;
      }
      byte[] actual = derive(pin, salt, settings, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Argon2Settings parseSettings(String text) {
    int m = -1;
    int t = -1;
    int p = -1;
    for (String pair : text.split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("bad parameter " + pair);
      }
      int value = Integer.parseInt(kv[1]);
      switch (kv[0]) {
        case "m" -> m = value;
        case "t" -> t = value;
        case "p" -> p = value;
        default -> throw new IllegalArgumentException("unknown parameter " + kv[0]);
      }
    }
    return new Argon2Settings(m, t, p);
  }

  private static byte[] derive(char[] pin, byte[] salt, Argon2Settings settings, int length) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
    byte[] password = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
    try {
      Argon2BytesGenerator generator = new Argon2BytesGenerator();
      generator.init(
          new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
              .withVersion(Argon2Parameters.ARGON2_VERSION_13)
              .withMemoryAsKB(settings.memoryKib())
              .withIterations(settings.iterations())
              .withParallelism(settings.parallelism())
              .withSalt(salt)
              .build());
      byte[] out = new byte[length];
      generator.generateBytes(password, out);
      return out;
    } finally {
      Arrays.fill(password, (byte) 0);
      Arrays.fill(encoded.array(), (byte) 0);
    }
  }
}
