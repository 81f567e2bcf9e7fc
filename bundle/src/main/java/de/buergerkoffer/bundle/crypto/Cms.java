package de.buergerkoffer.bundle.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * Cryptographic Message Syntax (RFC 5652, RFC 5083) as the bundle format uses it: SignedData with
 * ECDSA P-256 / SHA-256, and AuthEnvelopedData with AES-256-GCM whose content key is agreed by
 * ephemeral-static ECDH (dhSinglePass-stdDH-sha256kdf) and wrapped with AES-256 key wrap, one
 * recipient info per recipient certificate. The result opens with {@code openssl cms}. Opening
 * insists on exactly these algorithms, so a weaker choice by a foreign sealer is refused.
 */
public final class Cms {

  static {
    Pki.init();
  }

  private Cms() {}

  /** Content of a verified SignedData and the certificate of the key that signed it. */
  public record Verified(byte[] content, X509Certificate signer) {}

  /** SignedData that encapsulates the content, signed by the credential, its chain included. */
  public static byte[] sign(byte[] content, Credential signer) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          // digests from the JDK (intrinsics, several times faster than BC's), signature from BC
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(
                  new JcaContentSignerBuilder("SHA256withECDSA")
                      .setProvider(Pki.PROVIDER)
                      .build(signer.privateKey()),
                  signer.certificate()));
      generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  /**
   * Verifies a SignedData with exactly one signer whose certificate is included. Whether that
   * certificate is trusted is the caller's decision ({@link Pki#verifyIssued}).
   */
  public static Verified verify(byte[] signedData) throws CmsException {
    CMSSignedData signed;
    try {
      signed = new CMSSignedData(signedData);
    } catch (CMSException | RuntimeException e) {
      throw new CmsException(CmsException.Kind.MALFORMED, "not a CMS SignedData structure", e);
    }
    try {
      return verify(signed);
    } catch (RuntimeException e) {
      // Bouncy Castle reads signer infos and certificates lazily and reports broken ones with
      // unchecked exceptions (found by BundleOpenerFuzzTest): malformed input like any other
      throw new CmsException(
          CmsException.Kind.MALFORMED, "malformed CMS SignedData: " + e.getMessage(), e);
    }
  }

  private static Verified verify(CMSSignedData signed) throws CmsException {
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw new CmsException(
          CmsException.Kind.BAD_SIGNATURE, "expected one signer, found " + signers.size(), null);
    }
    SignerInformation signerInfo = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Selector<X509CertificateHolder> selector =
        (Selector<X509CertificateHolder>) (Selector<?>) signerInfo.getSID();
    Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(selector);
    if (matches.isEmpty()) {
      throw new CmsException(
          CmsException.Kind.BAD_SIGNATURE, "signer certificate is not included", null);
    }
    try {
      KnownCertificates.Known signer = KnownCertificates.of(matches.iterator().next());
      X509Certificate cert = signer.certificate();
      boolean valid = signerInfo.verify(signer.verifier());
      if (!valid) {
        throw new CmsException(CmsException.Kind.BAD_SIGNATURE, "signature does not verify", null);
      }
      Object content =
          signed.getSignedContent() == null ? null : signed.getSignedContent().getContent();
      if (!(content instanceof byte[] bytes)) {
        throw new CmsException(CmsException.Kind.MALFORMED, "signed content is missing", null);
      }
      return new Verified(bytes, cert);
    } catch (GeneralSecurityException | CMSException e) {
      throw new CmsException(CmsException.Kind.BAD_SIGNATURE, "signature does not verify", e);
    }
  }

  /** AuthEnvelopedData (AES-256-GCM) that each recipient can open with its private key. */
  public static byte[] encrypt(byte[] content, List<X509Certificate> recipients) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("at least one recipient is required");
    }
    try {
      CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
      for (X509Certificate recipient : recipients) {
        KeyPair ephemeral = Pki.newKeyPair();
        generator.addRecipientInfoGenerator(
            new JceKeyAgreeRecipientInfoGenerator(
                    CMSAlgorithm.ECDH_SHA256KDF,
                    ephemeral.getPrivate(),
                    ephemeral.getPublic(),
                    CMSAlgorithm.AES256_WRAP)
                .addRecipient(recipient)
                .setProvider(Pki.PROVIDER));
      }
      CMSAuthEnvelopedData enveloped =
          generator.generate(new CMSProcessableByteArray(content), JdkAesGcm.encryptor());
      return enveloped.getEncoded();
    } catch (GeneralSecurityException | CMSException | IOException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /** The key-wrap algorithm named in a key agreement recipient info's parameters, or null. */
  private static String keyWrapAlgorithm(RecipientInformation info) {
    try {
      byte[] params = info.getKeyEncryptionAlgParams();
      return params == null
          ? null
          : org.bouncycastle.asn1.x509.AlgorithmIdentifier.getInstance(params)
              .getAlgorithm()
              .getId();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Opens AuthEnvelopedData with the recipient's key and checks the GCM tag. */
  public static byte[] decrypt(byte[] authEnvelopedData, Credential recipient) throws CmsException {
    CMSAuthEnvelopedData enveloped;
    try {
      enveloped = new CMSAuthEnvelopedData(authEnvelopedData);
    } catch (CMSException | RuntimeException e) {
      throw new CmsException(
          CmsException.Kind.MALFORMED, "not a CMS AuthEnvelopedData structure", e);
    }
    if (!CMSAlgorithm.AES256_GCM.getId().equals(enveloped.getEncryptionAlgOID())) {
      throw new CmsException(
          CmsException.Kind.MALFORMED,
          "content encryption must be AES-256-GCM, not " + enveloped.getEncryptionAlgOID(),
          null);
    }
    RecipientInformation info;
    try {
      info = enveloped.getRecipientInfos().get(new JceKeyAgreeRecipientId(recipient.certificate()));
    } catch (RuntimeException e) {
      // same lazy parsing as in verify: a broken recipient info is a malformed structure
      throw new CmsException(
          CmsException.Kind.MALFORMED, "malformed CMS AuthEnvelopedData: " + e.getMessage(), e);
    }
    if (info == null) {
      throw new CmsException(
          CmsException.Kind.NOT_A_RECIPIENT,
          "not encrypted for " + recipient.certificate().getSubjectX500Principal(),
          null);
    }
    if (!CMSAlgorithm.AES256_WRAP.getId().equals(keyWrapAlgorithm(info))) {
      throw new CmsException(
          CmsException.Kind.MALFORMED, "the content key must be wrapped with AES-256", null);
    }
    if (!CMSAlgorithm.ECDH_SHA256KDF.getId().equals(info.getKeyEncryptionAlgOID())) {
      throw new CmsException(
          CmsException.Kind.MALFORMED,
          "key agreement must be ECDH with the SHA-256 KDF, not " + info.getKeyEncryptionAlgOID(),
          null);
    }
    try {
      return info.getContent(JdkAesGcm.recipient(recipient.privateKey()));
    } catch (CMSException | RuntimeException e) {
      throw new CmsException(CmsException.Kind.DECRYPTION_FAILED, "decryption failed", e);
    }
  }
}
