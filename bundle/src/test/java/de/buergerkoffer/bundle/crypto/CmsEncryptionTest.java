package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.junit.jupiter.api.Test;

/** The JDK's AES-GCM under Bouncy Castle's CMS: same bytes on the wire, same tag checks. */
class CmsEncryptionTest {

  private static final Clock CLOCK = Clock.systemUTC();
  private final Credential ca = Pki.createCa("Test CA", Duration.ofDays(1), CLOCK);
  private final Credential hub = issue();
  private final byte[] content = randomBytes(300_000);

  private Credential issue() {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(ca, keys.getPublic(), "hub", Role.HUB_ENCRYPTION, Duration.ofDays(1), CLOCK),
        List.of(ca.certificate()));
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  @Test
  void contentEncryptedByTheJdkCipherOpensWithBouncyCastlesOwnGcm() throws Exception {
    byte[] sealed = Cms.encrypt(content, List.of(hub.certificate()));

    CMSAuthEnvelopedData enveloped = new CMSAuthEnvelopedData(sealed);
    byte[] opened =
        enveloped
            .getRecipientInfos()
            .get(new JceKeyAgreeRecipientId(hub.certificate()))
            .getContent(new JceKeyAgreeEnvelopedRecipient(hub.privateKey()).setProvider("BC"));

    assertThat(opened).isEqualTo(content);
    assertThat(enveloped.getEncryptionAlgOID()).isEqualTo(CMSAlgorithm.AES256_GCM.getId());
  }

  @Test
  void contentEncryptedByBouncyCastlesGcmOpensWithTheJdkCipher() throws Exception {
    KeyPair ephemeral = Pki.newKeyPair();
    CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
    generator.addRecipientInfoGenerator(
        new JceKeyAgreeRecipientInfoGenerator(
                CMSAlgorithm.ECDH_SHA256KDF,
                ephemeral.getPrivate(),
                ephemeral.getPublic(),
                CMSAlgorithm.AES256_WRAP)
            .addRecipient(hub.certificate())
            .setProvider("BC"));
    byte[] sealed =
        generator
            .generate(
                new CMSProcessableByteArray(content),
                (OutputAEADEncryptor)
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                        .setProvider("BC")
                        .build())
            .getEncoded();

    assertThat(Cms.decrypt(sealed, hub)).isEqualTo(content);
  }

  @Test
  void aFlippedCiphertextByteIsRefused() {
    byte[] sealed = Cms.encrypt(content, List.of(hub.certificate()));
    sealed[sealed.length / 2] ^= 0x01;

    assertThatThrownBy(() -> Cms.decrypt(sealed, hub))
        .isInstanceOfSatisfying(
            CmsException.class,
            e -> assertThat(e.kind()).isEqualTo(CmsException.Kind.DECRYPTION_FAILED));
  }

  @Test
  void aFlippedTagByteIsRefused() {
    byte[] sealed = Cms.encrypt(content, List.of(hub.certificate()));
    byte[] mac =
        AuthEnvelopedData.getInstance(ContentInfo.getInstance(sealed).getContent())
            .getMac()
            .getOctets();
    int at = indexOf(sealed, mac);
    assertThat(mac).hasSize(16);
    assertThat(at).isPositive();
    sealed[at + 5] ^= 0x40;

    assertThatThrownBy(() -> Cms.decrypt(sealed, hub))
        .isInstanceOfSatisfying(
            CmsException.class,
            e -> assertThat(e.kind()).isEqualTo(CmsException.Kind.DECRYPTION_FAILED));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = haystack.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void emptyContentRoundTrips() throws Exception {
    byte[] sealed = Cms.encrypt(new byte[0], List.of(hub.certificate()));

    assertThat(Cms.decrypt(sealed, hub)).isEmpty();
  }
}
