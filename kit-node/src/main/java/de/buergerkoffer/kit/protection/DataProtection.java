package de.buergerkoffer.kit.protection;

import de.buergerkoffer.bundle.crypto.DataCipher;
import de.buergerkoffer.bundle.crypto.DataCipherException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Encrypts and decrypts the personal data the kit keeps in its database, with the data key unlocked
 * at start-up. Each value is bound to its {@link ProtectedColumn} and row, so a ciphertext copied
 * to another row or column does not open.
 *
 * <p>Used by the JDBC adapters only; domain objects always hold plaintext.
 */
public final class DataProtection {

  private static final String CONTEXT = "bk-kit-at-rest";

  private final DataCipher cipher;

  public DataProtection(DataCipher cipher) {
    this.cipher = Objects.requireNonNull(cipher, "cipher");
  }

  /**
   * Encrypts a value for a column and row.
   *
   * @param row the row's key: the case id, for documents also the plain file name
   */
  public byte[] encrypt(ProtectedColumn column, byte[] plaintext, String... row) {
    return cipher.encrypt(plaintext, associatedData(column, row));
  }

  /**
   * Decrypts a value read from a column and row.
   *
   * @throws DataCipherException when the value was changed, moved from elsewhere or written with
   *     another key; the message names the column and case id, never the value
   */
  public byte[] decrypt(ProtectedColumn column, byte[] encrypted, String... row) {
    try {
      return cipher.decrypt(encrypted, associatedData(column, row));
    } catch (DataCipherException e) {
      throw new DataCipherException(
          e.kind(),
          "cannot decrypt "
              + column.qualifiedName()
              + " of case "
              + (row.length == 0 ? "?" : row[0])
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Encrypts text as UTF-8; {@code null} stays {@code null}. */
  public byte[] encryptText(ProtectedColumn column, String text, String... row) {
    return text == null ? null : encrypt(column, text.getBytes(StandardCharsets.UTF_8), row);
  }

  /** Decrypts UTF-8 text; {@code null} stays {@code null}. */
  public String decryptText(ProtectedColumn column, byte[] encrypted, String... row) {
    return encrypted == null
        ? null
        : new String(decrypt(column, encrypted, row), StandardCharsets.UTF_8);
  }

  private static byte[] associatedData(ProtectedColumn column, String... row) {
    String[] parts = new String[row.length + 2];
    parts[0] = CONTEXT;
    parts[1] = column.qualifiedName();
    System.arraycopy(row, 0, parts, 2, row.length);
    return DataCipher.associatedData(parts);
  }

  @Override
  public String toString() {
    return "DataProtection[" + cipher + "]";
  }
}
