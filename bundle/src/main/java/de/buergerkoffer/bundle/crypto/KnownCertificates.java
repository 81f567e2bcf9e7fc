package de.buergerkoffer.bundle.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Certificates met before, so that the same kit's hundredth bundle costs less than its first. Why:
 * checking an ECDSA signature with a public key seen for the first time makes Bouncy Castle
 * precompute tables for that key, and checking the CA's signature on the kit certificate is a
 * second full verification; both dominated the hub's time per bundle. Here a certificate (by its
 * exact DER bytes) keeps one {@link X509Certificate} and one signature verifier, whose key object
 * carries the precomputed tables, and a certificate whose issuer signature has been checked once
 * against a CA certificate (again by exact bytes) is not checked again.
 *
 * <p>Only facts that cannot change are remembered: that these bytes parse to this certificate, and
 * that this CA signed these bytes. Validity period, role and revocation are checked on every use by
 * the callers. Bounded (least recently used entries go first) and thread-safe.
 */
final class KnownCertificates {

  private static final int MAX_ENTRIES = 1024;

  /** A parsed certificate and the verifier for signatures made with its key. */
  record Known(X509Certificate certificate, SignerInformationVerifier verifier) {}

  private static final Map<ByteBuffer, Known> PARSED = lru();
  private static final Map<ByteBuffer, Boolean> ISSUED = lru();

  private KnownCertificates() {}

  /** The certificate with these bytes and its signature verifier, parsed once. */
  static Known of(X509CertificateHolder holder) throws GeneralSecurityException {
    ByteBuffer key;
    try {
      key = ByteBuffer.wrap(holder.getEncoded());
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException("certificate cannot be encoded", e);
    }
    synchronized (PARSED) {
      Known known = PARSED.get(key);
      if (known != null) {
        return known;
      }
    }
    X509Certificate certificate = Pki.toCertificate(holder);
    SignerInformationVerifier verifier;
    try {
      verifier =
          new JcaSignerInfoVerifierBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setProvider(Pki.PROVIDER)
              .build(certificate);
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("no verifier for " + certificate.getSigAlgName(), e);
    }
    Known known = new Known(certificate, verifier);
    synchronized (PARSED) {
      PARSED.putIfAbsent(key, known);
      return PARSED.get(key);
    }
  }

  /**
   * Checks that {@code ca} signed {@code cert}, once per pair of exact certificates.
   *
   * @throws GeneralSecurityException if the signature does not verify
   */
  static void verifySignedBy(X509Certificate cert, X509Certificate ca)
      throws GeneralSecurityException {
    byte[] certBytes = cert.getEncoded();
    byte[] caBytes = ca.getEncoded();
    ByteBuffer pair = ByteBuffer.allocate(4 + certBytes.length + caBytes.length);
    pair.putInt(certBytes.length).put(certBytes).put(caBytes).flip();
    synchronized (ISSUED) {
      if (ISSUED.containsKey(pair)) {
        return;
      }
    }
    cert.verify(ca.getPublicKey(), Pki.PROVIDER);
    synchronized (ISSUED) {
      ISSUED.put(pair, Boolean.TRUE);
    }
  }

  private static <V> Map<ByteBuffer, V> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<ByteBuffer, V> eldest) {
        return size() > MAX_ENTRIES;
      }
    };
  }
}
