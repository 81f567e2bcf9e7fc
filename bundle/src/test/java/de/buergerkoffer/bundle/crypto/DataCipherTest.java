package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * AES-256-GCM for values at rest: a value opens only with its key and only in the place it was
 * written for; any change is noticed.
 */
class DataCipherTest {

  private static final byte[] NAME = "Weißenböck".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ROW_A = DataCipher.associatedData("captured_case.fields_json", "a");
  private static final byte[] ROW_B = DataCipher.associatedData("captured_case.fields_json", "b");

  private final DataCipher cipher = DataCipher.generate();

  @Test
  void decryptsWhatItEncryptedForTheSamePlace() {
    byte[] encrypted = cipher.encrypt(NAME, ROW_A);

    assertThat(cipher.decrypt(encrypted, ROW_A)).isEqualTo(NAME);
  }

  @Test
  void theCiphertextHidesThePlaintextAndDiffersEveryTime() {
    byte[] first = cipher.encrypt(NAME, ROW_A);
    byte[] second = cipher.encrypt(NAME, ROW_A);

    assertThat(first).hasSize(NAME.length + DataCipher.OVERHEAD);
    assertThat(first).isNotEqualTo(second);
    assertThat(new String(first, StandardCharsets.ISO_8859_1))
        .doesNotContain(new String(NAME, StandardCharsets.ISO_8859_1));
  }

  @Test
  void aValueMovedToAnotherRowDoesNotOpen() {
    byte[] forA = cipher.encrypt(NAME, ROW_A);

    assertThatThrownBy(() -> cipher.decrypt(forA, ROW_B))
        .isInstanceOf(DataCipherException.class)
        .extracting(e -> ((DataCipherException) e).kind())
        .isEqualTo(DataCipherException.Kind.TAMPERED);
  }

  @Test
  void aValueMovedToAnotherColumnOfTheSameRowDoesNotOpen() {
    byte[] fields =
        cipher.encrypt(NAME, DataCipher.associatedData("captured_case.fields_json", "a"));

    assertThatThrownBy(
            () -> cipher.decrypt(fields, DataCipher.associatedData("captured_case.clerk", "a")))
        .isInstanceOf(DataCipherException.class);
  }

  @Test
  void everyChangedByteIsNoticed() {
    byte[] encrypted = cipher.encrypt(NAME, ROW_A);

    for (int i = 1; i < encrypted.length; i++) {
      byte[] tampered = encrypted.clone();
      tampered[i] ^= 0x01;
      assertThatThrownBy(() -> cipher.decrypt(tampered, ROW_A))
          .as("byte %d flipped", i)
          .isInstanceOf(DataCipherException.class)
          .extracting(e -> ((DataCipherException) e).kind())
          .isEqualTo(DataCipherException.Kind.TAMPERED);
    }
  }

  @Test
  void aChangedVersionByteOrTruncatedValueIsMalformed() {
    byte[] encrypted = cipher.encrypt(NAME, ROW_A);
    byte[] otherVersion = encrypted.clone();
    otherVersion[0] = 2;

    assertThatThrownBy(() -> cipher.decrypt(otherVersion, ROW_A))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(encrypted, 20), ROW_A))
        .isInstanceOf(DataCipherException.class)
        .extracting(e -> ((DataCipherException) e).kind())
        .isEqualTo(DataCipherException.Kind.MALFORMED);
  }

  @Test
  void anotherKeyCannotOpenTheValue() {
    byte[] encrypted = cipher.encrypt(NAME, ROW_A);

    assertThatThrownBy(() -> DataCipher.generate().decrypt(encrypted, ROW_A))
        .isInstanceOf(DataCipherException.class);
  }

  @Test
  void encryptsEmptyValuesAndLargeDocuments() {
    byte[] page = new byte[3_000_000];
    new java.util.Random(7).nextBytes(page);

    assertThat(cipher.decrypt(cipher.encrypt(new byte[0], ROW_A), ROW_A)).isEmpty();
    assertThat(cipher.decrypt(cipher.encrypt(page, ROW_A), ROW_A)).isEqualTo(page);
  }

  @Test
  void associatedDataCannotBeShiftedBetweenParts() {
    assertThat(DataCipher.associatedData("ab", "c"))
        .isNotEqualTo(DataCipher.associatedData("a", "bc"));
    assertThat(DataCipher.associatedData("a|b")).isNotEqualTo(DataCipher.associatedData("a", "b"));
  }

  @Test
  void aKeyFromOutsideMustHave256Bits() {
    assertThatThrownBy(() -> DataCipher.withKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void doesNotShowItsKeyWhenPrinted() {
    assertThat(cipher.toString()).isEqualTo("DataCipher[AES-256-GCM]");
  }
}
