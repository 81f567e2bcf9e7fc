package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credential read from its PKCS#12 store must sign and decrypt as well as a freshly generated
 * one, and it must hold the key as the provider's own object, so Bouncy Castle does not convert it
 * (and rebuild its ECDSA tables) on every signature.
 */
class CredentialTest {

  @TempDir Path dir;

  @Test
  void aCredentialReadFromItsKeyStoreHoldsTheProvidersKeyAndStillSigns() throws Exception {
    Credential ca = Pki.createCa("Rathaus CA", Duration.ofDays(30), Clock.systemUTC());
    char[] passphrase = "geheim".toCharArray();
    Path file = dir.resolve("ca.p12");
    Pki.writeKeyStore(file, "key", ca, passphrase);

    Credential read = Pki.readKeyStore(file, "key", passphrase);

    assertThat(read.privateKey()).isInstanceOf(org.bouncycastle.jce.interfaces.ECPrivateKey.class);
    assertThat(secret(read.privateKey())).isEqualTo(secret(ca.privateKey()));
    byte[] signed = Cms.sign("Meldebescheinigung".getBytes(StandardCharsets.UTF_8), read);
    Cms.Verified verified = Cms.verify(signed);
    assertThat(verified.signer()).isEqualTo(ca.certificate());
    assertThat(new String(verified.content(), StandardCharsets.UTF_8))
        .isEqualTo("Meldebescheinigung");
  }

  @Test
  void aKeyOfTheJdksOwnClassIsTakenOverAsTheSameKey() throws Exception {
    Credential ca = Pki.createCa("Rathaus CA", Duration.ofDays(30), Clock.systemUTC());
    PrivateKey jdkKey =
        KeyFactory.getInstance("EC", "SunEC")
            .generatePrivate(new PKCS8EncodedKeySpec(ca.privateKey().getEncoded()));
    assertThat(jdkKey.getClass().getName()).startsWith("sun.");

    Credential credential = new Credential(jdkKey, ca.certificate(), List.of());

    assertThat(credential.privateKey().getClass().getName()).startsWith("org.bouncycastle.");
    assertThat(secret(credential.privateKey())).isEqualTo(secret(jdkKey));
  }

  private static java.math.BigInteger secret(PrivateKey key) {
    return ((java.security.interfaces.ECPrivateKey) key).getS();
  }
}
