package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import org.junit.jupiter.api.Test;

class PlainSignatureTest {

  private final KeyPair keys = Pki.newKeyPair();
  private final byte[] data = "BK1 seal bytes".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aSignatureIsSixtyFourBytesAndVerifies() {
    byte[] signature = PlainSignature.sign(keys.getPrivate(), data);

    assertThat(signature).hasSize(64);
    assertThat(PlainSignature.verify(keys.getPublic(), data, signature)).isTrue();
  }

  @Test
  void changedDataOrAnotherKeyDoesNotVerify() {
    byte[] signature = PlainSignature.sign(keys.getPrivate(), data);
    byte[] changed = data.clone();
    changed[0] ^= 1;

    assertThat(PlainSignature.verify(keys.getPublic(), changed, signature)).isFalse();
    assertThat(PlainSignature.verify(Pki.newKeyPair().getPublic(), data, signature)).isFalse();
    assertThat(PlainSignature.verify(keys.getPublic(), data, new byte[3])).isFalse();
  }

  @Test
  void theJdkReadsTheSameFormat() throws Exception {
    byte[] signature = PlainSignature.sign(keys.getPrivate(), data);
    Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
    jdk.initVerify(keys.getPublic());
    jdk.update(data);

    assertThat(jdk.verify(signature)).isTrue();
  }
}
