package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The data key wrapped under a passphrase with Argon2id: the right passphrase unlocks the same key,
 * a wrong one fails clearly, and the stored form reveals neither.
 */
class WrappedDataKeyTest {

  /** Cheap settings, so the tests stay fast; the kit's real ones are far more expensive. */
  private static final Argon2Settings CHEAP = new Argon2Settings(64, 1, 1);

  private static final char[] PASSPHRASE = "Koffer Höxter 2024".toCharArray();
  private static final byte[] WHERE = DataCipher.associatedData("captured_case.fields_json", "x");

  private final DataCipher dataKey = DataCipher.generate();

  @Test
  void theRightPassphraseUnlocksTheSameKey() {
    byte[] encrypted = dataKey.encrypt("1937-03-14".getBytes(StandardCharsets.UTF_8), WHERE);
    WrappedDataKey stored =
        WrappedDataKey.fromJson(WrappedDataKey.wrap(dataKey, PASSPHRASE, CHEAP).toJson());

    DataCipher unlocked = stored.unwrap(PASSPHRASE.clone());

    assertThat(new String(unlocked.decrypt(encrypted, WHERE), StandardCharsets.UTF_8))
        .isEqualTo("1937-03-14");
  }

  @Test
  void aWrongPassphraseFailsWithAClearMessage() {
    WrappedDataKey stored = WrappedDataKey.wrap(dataKey, PASSPHRASE, CHEAP);

    assertThatThrownBy(() -> stored.unwrap("Koffer Höxter 2025".toCharArray()))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("passphrase does not unlock the data key")
        .extracting(e -> ((DataCipherException) e).kind())
        .isEqualTo(DataCipherException.Kind.WRONG_PASSPHRASE);
  }

  @Test
  void anEmptyPassphraseIsRefused() {
    assertThatThrownBy(() -> WrappedDataKey.wrap(dataKey, new char[0], CHEAP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void theStoredFormHoldsSettingsAndSaltButNeitherKeyNorPassphrase() throws Exception {
    String json = WrappedDataKey.wrap(dataKey, PASSPHRASE, CHEAP).toJson();

    var node = new ObjectMapper().readTree(json);
    assertThat(node.get("format").asText()).isEqualTo("bk-data-key/1");
    assertThat(node.get("kdf").asText()).isEqualTo("argon2id");
    assertThat(node.get("memoryKib").asInt()).isEqualTo(64);
    assertThat(Base64.getDecoder().decode(node.get("salt").asText())).hasSize(16);
    String key = HexFormat.of().formatHex(dataKey.keyBytes());
    assertThat(json)
        .doesNotContain(new String(PASSPHRASE))
        .doesNotContain(key)
        .doesNotContain(Base64.getEncoder().encodeToString(dataKey.keyBytes()));
  }

  @Test
  void everyWrapUsesAFreshSalt() {
    String first = WrappedDataKey.wrap(dataKey, PASSPHRASE, CHEAP).toJson();
    String second = WrappedDataKey.wrap(dataKey, PASSPHRASE, CHEAP).toJson();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void changedSettingsInTheFileFailLikeAWrongPassphrase() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode node =
        (ObjectNode) json.readTree(WrappedDataKey.wrap(dataKey, PASSPHRASE, CHEAP).toJson());
    node.put("iterations", 2);
    WrappedDataKey changed = WrappedDataKey.fromJson(json.writeValueAsString(node));

    assertThatThrownBy(() -> changed.unwrap(PASSPHRASE))
        .isInstanceOf(DataCipherException.class)
        .extracting(e -> ((DataCipherException) e).kind())
        .isEqualTo(DataCipherException.Kind.WRONG_PASSPHRASE);
  }

  @Test
  void aDamagedFileIsReportedAsMalformed() {
    assertThatThrownBy(() -> WrappedDataKey.fromJson("{\"format\":\"bk-data-key/1\""))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("not a valid data key file")
        .extracting(e -> ((DataCipherException) e).kind())
        .isEqualTo(DataCipherException.Kind.MALFORMED);
    assertThatThrownBy(() -> WrappedDataKey.fromJson("{\"format\":\"something-else\"}"))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("format");
  }

  @Test
  void aFileAskingForAbsurdCostIsRefusedBeforeDeriving() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode node =
        (ObjectNode) json.readTree(WrappedDataKey.wrap(dataKey, PASSPHRASE, CHEAP).toJson());
    node.put("memoryKib", Integer.MAX_VALUE);

    assertThatThrownBy(() -> WrappedDataKey.fromJson(json.writeValueAsString(node)))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("memory");
  }

  @Test
  void derivationDependsOnPassphraseSaltAndSettings() {
    byte[] salt = new byte[16];
    byte[] other = new byte[16];
    other[0] = 1;

    byte[] key = WrappedDataKey.deriveKey(PASSPHRASE, salt, CHEAP);

    assertThat(key).hasSize(32).isEqualTo(WrappedDataKey.deriveKey(PASSPHRASE, salt, CHEAP));
    assertThat(WrappedDataKey.deriveKey(PASSPHRASE, other, CHEAP)).isNotEqualTo(key);
    assertThat(WrappedDataKey.deriveKey("x".toCharArray(), salt, CHEAP)).isNotEqualTo(key);
    assertThat(WrappedDataKey.deriveKey(PASSPHRASE, salt, new Argon2Settings(64, 2, 1)))
        .isNotEqualTo(key);
  }

  @Test
  void derivationIsArgon2idVersion13OfTheUtf8Passphrase() {
    // Reference values from the Argon2 reference implementation (Debian package argon2):
    // echo -n password | argon2 somesaltsomesalt -id -v 13 -k 64 -t 1 -p 1 -l 32 -r
    // echo -n "Koffer Höxter 2024" | argon2 somesaltsomesalt -id -v 13 -k 64 -t 2 -p 1 -l 32 -r
    byte[] salt = "somesaltsomesalt".getBytes(StandardCharsets.US_ASCII);

    assertThat(
            HexFormat.of()
                .formatHex(WrappedDataKey.deriveKey("password".toCharArray(), salt, CHEAP)))
        .isEqualTo("e793d64ef75d58f503d4631b2b149f7f80127c5f3993d89b1c9b781e51d0b413");
    assertThat(
            HexFormat.of()
                .formatHex(
                    WrappedDataKey.deriveKey(PASSPHRASE, salt, new Argon2Settings(64, 2, 1))))
        .isEqualTo("725ed3fbe343d726e7eeb1ca94f6bcbde9ff26029ac101da6170b2f61c14490b");
  }

  @Test
  void settingsOutsideRfc9106BoundsAreRefused() {
    assertThatThrownBy(() -> new Argon2Settings(7, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2Settings(64, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2Settings(64, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Argon2Settings(8, 1, 1).memoryKib()).isEqualTo(8);
  }
}
