package de.buergerkoffer.forms.seal;

import java.io.ByteArrayOutputStream;

/**
 * Base45 (RFC 9285): bytes as text from the 45 characters a QR code stores most compactly in its
 * alphanumeric mode (as the EU COVID certificate does).
 */
public final class Base45 {

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

  private Base45() {}

  public static String encode(byte[] data) {
    StringBuilder out = new StringBuilder((data.length + 1) / 2 * 3);
    for (int i = 0; i + 1 < data.length; i += 2) {
      int n = (data[i] & 0xff) * 256 + (data[i + 1] & 0xff);
      out.append(ALPHABET.charAt(n % 45))
          .append(ALPHABET.charAt(n / 45 % 45))
          .append(ALPHABET.charAt(n / 2025));
    }
    if (data.length % 2 == 1) {
      int n = data[data.length - 1] & 0xff;
      out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
    }
    return out.toString();
  }

  /**
   * @throws IllegalArgumentException for a character outside the alphabet, a length that leaves a
   *     single character, or a group whose value does not fit its bytes
   */
  public static byte[] decode(String text) {
    if (text.length() % 3 == 1) {
      throw new IllegalArgumentException("base45 text has an impossible length");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 3 * 2 + 1);
    for (int i = 0; i < text.length(); i += 3) {
      if (i + 2 < text.length()) {
        int n = value(text, i) + value(text, i + 1) * 45 + value(text, i + 2) * 2025;
        if (n > 0xffff) {
          throw new IllegalArgumentException("base45 group out of range at " + i);
        }
        out.write(n >> 8);
        out.write(n & 0xff);
      } else {
        int n = value(text, i) + value(text, i + 1) * 45;
        if (n > 0xff) {
          throw new IllegalArgumentException("base45 group out of range at " + i);
        }
        out.write(n);
      }
    }
    return out.toByteArray();
  }

  private static int value(String text, int index) {
    int v = ALPHABET.indexOf(text.charAt(index));
    if (v < 0) {
      throw new IllegalArgumentException("not a base45 character at " + index);
    }
    return v;
  }
}
