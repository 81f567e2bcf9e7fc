package de.buergerkoffer.bundle.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest with one 256-bit data key: AES-256-GCM, a fresh random 96-bit nonce per value
 * and associated data that names where the value belongs (table, column, row), so a ciphertext
 * copied into another row or column no longer opens.
 *
 * <p>Layout of an encrypted value: {@code version (1 byte, 0x01) || nonce (12) || ciphertext || tag
 * (16)}. The version byte is authenticated too. Random nonces are safe for far more values than a
 * kit ever writes under one key (NIST SP 800-38D allows 2^32).
 *
 * <p>Thread-safe; the key bytes never leave this package.
 */
public final class DataCipher {

  /** Length of a data key: 256 bits. */
  public static final int KEY_BYTES = 32;

  /** Bytes an encrypted value is longer than its plaintext. */
  public static final int OVERHEAD = 1 + 12 + 16;

  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final byte VERSION = 1;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final SecretKeySpec keySpec;

  private DataCipher(byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "a data key has " + KEY_BYTES + " bytes, not " + key.length);
    }
    this.key = key.clone();
    this.keySpec = new SecretKeySpec(this.key, "AES");
  }

  /** A new random data key. */
  public static DataCipher generate() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    try {
      return new DataCipher(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** A cipher for a given 32-byte key; the array is copied. For tests and unwrapping. */
  public static DataCipher withKey(byte[] key) {
    return new DataCipher(Objects.requireNonNull(key, "key"));
  }

  /**
   * Associated data built from parts, each length-prefixed, so {@code ("ab", "c")} and {@code ("a",
   * "bc")} differ. Typical parts: table and column, then the row's key.
   */
  public static byte[] associatedData(String... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : parts) {
      byte[] bytes =
          Objects.requireNonNull(part, "associated data part").getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }

  /** Encrypts a value for the place named by {@code associatedData}. */
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(associatedData, "associatedData");
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, keySpec, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(new byte[] {VERSION});
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] out = new byte[1 + NONCE_BYTES + sealed.length];
      out[0] = VERSION;
      System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, 1 + NONCE_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available", e);
    }
  }

  /**
   * Decrypts a value written by {@link #encrypt} with the same key and associated data.
   *
   * @throws DataCipherException {@code MALFORMED} when the bytes are not an encrypted value, {@code
   *     TAMPERED} when they were changed, moved from another place or encrypted with another key
   */
  public byte[] decrypt(byte[] encrypted, byte[] associatedData) {
    Objects.requireNonNull(encrypted, "encrypted");
    Objects.requireNonNull(associatedData, "associatedData");
    if (encrypted.length < OVERHEAD) {
      throw new DataCipherException(
          DataCipherException.Kind.MALFORMED,
          "not an encrypted value: " + encrypted.length + " bytes");
    }
    if (encrypted[0] != VERSION) {
      throw new DataCipherException(
          DataCipherException.Kind.MALFORMED,
          "not an encrypted value: unknown format version " + encrypted[0]);
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, keySpec, new GCMParameterSpec(TAG_BITS, encrypted, 1, NONCE_BYTES));
      cipher.updateAAD(new byte[] {VERSION});
      cipher.updateAAD(associatedData);
      return cipher.doFinal(encrypted, 1 + NONCE_BYTES, encrypted.length - 1 - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new DataCipherException(
          DataCipherException.Kind.TAMPERED,
          "encrypted value does not verify: changed, moved from another row, or another key",
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available", e);
    }
  }

  /** A copy of the key, for wrapping it under a passphrase. */
  byte[] keyBytes() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "DataCipher[AES-256-GCM]";
  }
}
