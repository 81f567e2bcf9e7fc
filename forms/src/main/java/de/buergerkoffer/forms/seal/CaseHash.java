package de.buergerkoffer.forms.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint of a case's data, printed on the document and sealed into the receipt, so the
 * town hall can tell whether a paper matches the case it stored.
 *
 * <p>Definition (see {@code docs/forms.md}): SHA-256 over a sequence of netstrings ({@code <byte
 * length>:<UTF-8 bytes>,}): {@code bk-case-hash-1}, the form id, the form version in decimal, then
 * each field key followed by its value, keys in ascending order ({@link String#compareTo}, keys are
 * ASCII). Any language can recompute it without a JSON canonicalisation.
 */
public final class CaseHash {

  private CaseHash() {}

  /** The 32-byte SHA-256 fingerprint. */
  public static byte[] of(String formId, int formVersion, Map<String, String> values) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    netstring(sha256, "bk-case-hash-1");
    netstring(sha256, formId);
    netstring(sha256, Integer.toString(formVersion));
    new TreeMap<>(values)
        .forEach(
            (key, value) -> {
              netstring(sha256, key);
              netstring(sha256, value);
            });
    return sha256.digest();
  }

  /** Lower-case hex of a fingerprint. */
  public static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }

  /** Hex in groups of four for printing: {@code 3f2a 9c01 …}. */
  public static String grouped(byte[] hash) {
    String hex = hex(hash);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(hex, i, Math.min(i + 4, hex.length()));
    }
    return out.toString();
  }

  private static void netstring(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
    digest.update((byte) ',');
  }
}
