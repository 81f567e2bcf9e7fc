package de.buergerkoffer.bundle.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A data key wrapped under a passphrase: the passphrase and a random salt go through Argon2id (RFC
 * 9106, version 0x13) to a 256-bit key-encryption key, which encrypts the data key with
 * AES-256-GCM. The associated data of that encryption covers the format, the Argon2id settings and
 * the salt, so any change to the stored form fails like a wrong passphrase.
 *
 * <p>Stored as JSON ({@link #toJson()}), for example:
 *
 * <pre>{@code
 * {"format":"bk-data-key/1","kdf":"argon2id","argon2Version":19,"memoryKib":65536,
 *  "iterations":2,"parallelism":1,"salt":"<base64, 16 bytes>","cipher":"AES-256-GCM",
 *  "wrappedKey":"<base64: 0x01 || nonce || encrypted key || tag>"}
 * }</pre>
 *
 * <p>Neither the passphrase nor the data key appear in it. Changing the passphrase is {@link
 * #unwrap} with the old one and {@link #wrap} with the new one; the data itself is not touched.
 */
public final class WrappedDataKey {

  /** Value of the {@code format} field. */
  public static final String FORMAT = "bk-data-key/1";

  static final int SALT_BYTES = 16;
  private static final String KDF = "argon2id";
  private static final String CIPHER = "AES-256-GCM";
  private static final int ARGON2_VERSION = Argon2Parameters.ARGON2_VERSION_13;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Argon2Settings kdf;
  private final byte[] salt;
  private final byte[] wrappedKey;

  private WrappedDataKey(Argon2Settings kdf, byte[] salt, byte[] wrappedKey) {
    this.kdf = Objects.requireNonNull(kdf, "kdf");
    this.salt = salt.clone();
    this.wrappedKey = wrappedKey.clone();
  }

  /**
   * Wraps a data key under a passphrase, with a fresh random salt.
   *
   * @param passphrase not empty; the caller may wipe the array afterwards
   */
  public static WrappedDataKey wrap(DataCipher dataKey, char[] passphrase, Argon2Settings kdf) {
    Objects.requireNonNull(dataKey, "dataKey");
    requirePassphrase(passphrase);
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] kek = deriveKey(passphrase, salt, kdf);
    byte[] key = dataKey.keyBytes();
    try {
      byte[] wrapped = DataCipher.withKey(kek).encrypt(key, associatedData(kdf, salt));
      return new WrappedDataKey(kdf, salt, wrapped);
    } finally {
      Arrays.fill(kek, (byte) 0);
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Unlocks the data key.
   *
   * @throws DataCipherException {@code WRONG_PASSPHRASE} when the passphrase does not fit (or the
   *     stored form was changed: the two cannot be told apart)
   */
  public DataCipher unwrap(char[] passphrase) {
    requirePassphrase(passphrase);
    byte[] kek = deriveKey(passphrase, salt, kdf);
    byte[] key = null;
    try {
      key = DataCipher.withKey(kek).decrypt(wrappedKey, associatedData(kdf, salt));
      return DataCipher.withKey(key);
    } catch (DataCipherException e) {
      throw new DataCipherException(
          DataCipherException.Kind.WRONG_PASSPHRASE,
          "the passphrase does not unlock the data key (wrong passphrase, or the key file was"
              + " changed)",
          e);
    } finally {
      Arrays.fill(kek, (byte) 0);
      if (key != null) {
        Arrays.fill(key, (byte) 0);
      }
    }
  }

  /** The Argon2id settings this key was wrapped with. */
  public Argon2Settings kdf() {
    return kdf;
  }

  /** The stored form, as written to a key file. */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("format", FORMAT);
    node.put("kdf", KDF);
    node.put("argon2Version", ARGON2_VERSION);
    node.put("memoryKib", kdf.memoryKib());
    node.put("iterations", kdf.iterations());
    node.put("parallelism", kdf.parallelism());
    node.put("salt", Base64.getEncoder().encodeToString(salt));
    node.put("cipher", CIPHER);
    node.put("wrappedKey", Base64.getEncoder().encodeToString(wrappedKey));
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the stored form.
   *
   * @throws DataCipherException {@code MALFORMED} when it is not a data key file this code wrote
   */
  public static WrappedDataKey fromJson(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw malformed("not JSON", e);
    }
    if (node == null || !node.isObject()) {
      throw malformed("not a JSON object", null);
    }
    expect(node, "format", FORMAT);
    expect(node, "kdf", KDF);
    expect(node, "cipher", CIPHER);
    if (node.path("argon2Version").asInt(-1) != ARGON2_VERSION) {
      throw malformed("unsupported argon2Version " + node.path("argon2Version"), null);
    }
    Argon2Settings settings;
    try {
      settings =
          new Argon2Settings(
              integer(node, "memoryKib"),
              integer(node, "iterations"),
              integer(node, "parallelism"));
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage(), e);
    }
    byte[] salt = base64(node, "salt");
    byte[] wrapped = base64(node, "wrappedKey");
    if (salt.length < SALT_BYTES) {
      throw malformed("salt shorter than " + SALT_BYTES + " bytes", null);
    }
    if (wrapped.length != DataCipher.KEY_BYTES + DataCipher.OVERHEAD) {
      throw malformed("wrappedKey has " + wrapped.length + " bytes", null);
    }
    return new WrappedDataKey(settings, salt, wrapped);
  }

  /** Argon2id of the passphrase (UTF-8) and salt: 32 bytes. */
  static byte[] deriveKey(char[] passphrase, byte[] salt, Argon2Settings kdf) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(ARGON2_VERSION)
            .withMemoryAsKB(kdf.memoryKib())
            .withIterations(kdf.iterations())
            .withParallelism(kdf.parallelism())
            .withSalt(salt)
            .build());
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
    byte[] password = new byte[encoded.remaining()];
    encoded.get(password);
    Arrays.fill(encoded.array(), (byte) 0);
    byte[] out = new byte[DataCipher.KEY_BYTES];
    try {
      generator.generateBytes(password, out);
      return out;
    } finally {
      Arrays.fill(password, (byte) 0);
    }
  }

  private static byte[] associatedData(Argon2Settings kdf, byte[] salt) {
    return DataCipher.associatedData(
        FORMAT,
        KDF,
        Integer.toString(ARGON2_VERSION),
        Integer.toString(kdf.memoryKib()),
        Integer.toString(kdf.iterations()),
        Integer.toString(kdf.parallelism()),
        Base64.getEncoder().encodeToString(salt),
        CIPHER);
  }

  private static void requirePassphrase(char[] passphrase) {
    if (passphrase == null || passphrase.length == 0) {
      throw new IllegalArgumentException("the passphrase must not be empty");
    }
  }

  private static void expect(JsonNode node, String field, String value) {
    if (!value.equals(node.path(field).asText(null))) {
      throw malformed(field + " is not " + value, null);
    }
  }

  private static int integer(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isInt()) {
      throw malformed(field + " missing or not an integer", null);
    }
    return value.intValue();
  }

  private static byte[] base64(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw malformed(field + " missing", null);
    }
    try {
      return Base64.getDecoder().decode(value.textValue());
    } catch (IllegalArgumentException e) {
      throw malformed(field + " is not base64", e);
    }
  }

  private static DataCipherException malformed(String detail, Throwable cause) {
    return new DataCipherException(
        DataCipherException.Kind.MALFORMED, "not a valid data key file: " + detail, cause);
  }

  @Override
  public String toString() {
    return "WrappedDataKey[argon2id " + kdf + "]";
  }
}
