package de.buergerkoffer.bundle.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a shared secret, for systems outside the project's PKI that can only check a
 * shared secret (the hub's export webhook signs its notifications with it, the receiver checks).
 */
public final class Hmac {

  private Hmac() {}

  /** The HMAC-SHA256 of {@code data} under {@code secret}, lower-case hex. */
  public static String sha256Hex(String secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Whether {@code hex} is the HMAC of {@code data} under {@code secret} (constant time). */
  public static boolean matches(String secret, byte[] data, String hex) {
    byte[] expected = sha256Hex(secret, data).getBytes(StandardCharsets.US_ASCII);
    byte[] given = hex == null ? new byte[0] : hex.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
