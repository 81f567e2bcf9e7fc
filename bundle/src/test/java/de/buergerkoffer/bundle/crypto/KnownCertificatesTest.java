package de.buergerkoffer.bundle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.Test;

/**
 * Remembering certificates must never turn a refusal into an acceptance: only the exact bytes that
 * verified once are spared the second check, and the validity period is still checked every time.
 */
class KnownCertificatesTest {

  private static final Clock CLOCK = Clock.systemUTC();
  private final Credential ca = Pki.createCa("Rathaus CA", Duration.ofDays(30), CLOCK);
  private final Credential foreignCa = Pki.createCa("Rathaus CA", Duration.ofDays(30), CLOCK);

  private X509Certificate kit(Credential issuer, String id, Duration validity) {
    KeyPair keys = Pki.newKeyPair();
    return Pki.issue(issuer, keys.getPublic(), id, Role.KIT, validity, CLOCK);
  }

  @Test
  void theSameCertificateBytesGiveTheSameParsedCertificateAndVerifier() throws Exception {
    X509Certificate kit = kit(ca, "kit-07", Duration.ofDays(1));

    KnownCertificates.Known first = KnownCertificates.of(new JcaX509CertificateHolder(kit));
    KnownCertificates.Known again = KnownCertificates.of(new JcaX509CertificateHolder(kit));

    assertThat(again).isSameAs(first);
    assertThat(first.certificate()).isEqualTo(kit);
  }

  @Test
  void aCertificateOfAForeignCaWithTheSameNameIsRefusedAfterAGenuineOneWasAccepted()
      throws Exception {
    X509Certificate genuine = kit(ca, "kit-07", Duration.ofDays(1));
    X509Certificate impostor = kit(foreignCa, "kit-07", Duration.ofDays(1));

    Pki.verifyIssued(genuine, ca.certificate(), Role.KIT, Instant.now());
    Pki.verifyIssued(genuine, ca.certificate(), Role.KIT, Instant.now());

    assertThatThrownBy(() -> Pki.verifyIssued(impostor, ca.certificate(), Role.KIT, Instant.now()))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("not issued by our CA");
  }

  @Test
  void aCertificateVerifiedAgainstOneCaIsStillCheckedAgainstAnother() throws Exception {
    X509Certificate genuine = kit(ca, "kit-07", Duration.ofDays(1));
    Pki.verifyIssued(genuine, ca.certificate(), Role.KIT, Instant.now());

    assertThatThrownBy(
            () -> Pki.verifyIssued(genuine, foreignCa.certificate(), Role.KIT, Instant.now()))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void aRememberedCertificateIsStillRefusedOnceItHasExpired() throws Exception {
    X509Certificate kit = kit(ca, "kit-07", Duration.ofDays(1));
    Pki.verifyIssued(kit, ca.certificate(), Role.KIT, Instant.now());

    assertThatThrownBy(
            () ->
                Pki.verifyIssued(
                    kit, ca.certificate(), Role.KIT, Instant.now().plus(Duration.ofDays(2))))
        .isInstanceOf(java.security.cert.CertificateExpiredException.class);
  }

  @Test
  void aRememberedCertificateIsStillRefusedForAnotherRole() throws Exception {
    X509Certificate kit = kit(ca, "kit-07", Duration.ofDays(1));
    Pki.verifyIssued(kit, ca.certificate(), Role.KIT, Instant.now());

    assertThatThrownBy(
            () -> Pki.verifyIssued(kit, ca.certificate(), Role.HUB_SIGNING, Instant.now()))
        .hasMessageContaining("role");
  }

  @Test
  void aSignatureByAnotherKeyDoesNotVerifyWithARememberedCertificate() throws Exception {
    Credential signer =
        new Credential(
            Pki.newKeyPair().getPrivate(), kit(ca, "kit-07", Duration.ofDays(1)), List.of());
    // the certificate is remembered, but the private key does not belong to it
    KnownCertificates.of(new JcaX509CertificateHolder(signer.certificate()));

    byte[] signed = Cms.sign("Antrag".getBytes(java.nio.charset.StandardCharsets.UTF_8), signer);

    assertThatThrownBy(() -> Cms.verify(signed))
        .isInstanceOf(CmsException.class)
        .hasMessageContaining("does not verify");
  }
}
