package de.buergerkoffer.bundle.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The one place for key and certificate work: key generation, the hub's small certificate
 * authority, certificate requests, PEM and encrypted key stores.
 *
 * <p>All keys are ECDSA/ECDH on NIST P-256, which every CMS implementation (Bouncy Castle, OpenSSL)
 * and every TLS stack understands. Every method either returns a usable result or throws; nothing
 * here returns null.
 */
public final class Pki {

  /** Name of the Bouncy Castle provider, registered once when this class is loaded. */
  public static final String PROVIDER = BouncyCastleProvider.PROVIDER_NAME;

  private static final String ORGANISATION = "Buergerkoffer";
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
  private static final SecureRandom RANDOM = new SecureRandom();

  static {
    if (Security.getProvider(PROVIDER) == null) {
      Security.addProvider(new BouncyCastleProvider());
    }
  }

  private Pki() {}

  /** Makes sure the provider is registered; cheap to call from anywhere. */
  public static void init() {
    // the static initialiser does the work
  }

  /** A fresh P-256 key pair. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a P-256 key pair", e);
    }
  }

  /**
   * The same private key as an object of the cryptography provider, where it is not one already. A
   * key read from a PKCS#12 store is the JDK's own key class; Bouncy Castle converts such a key on
   * every use, and for ECDSA it then builds its table of multiples of the curve's base point anew
   * each time (≈ 0.2–0.5 ms per signature, measured in the hub's ingest). A key that cannot be
   * exported (a hardware token) is returned unchanged.
   */
  public static PrivateKey providerKey(PrivateKey key) {
    if (key.getClass().getName().startsWith("org.bouncycastle.")
        || key.getEncoded() == null
        || !"PKCS#8".equals(key.getFormat())) {
      return key;
    }
    try {
      return java.security.KeyFactory.getInstance(key.getAlgorithm(), PROVIDER)
          .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      return key; // an algorithm the provider does not know: used as it is
    }
  }

  /** The subject name for a certificate of the given role. */
  public static X500Name subject(String commonName, Role role) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.CN, commonName)
        .addRDN(BCStyle.OU, role.organisationalUnit())
        .addRDN(BCStyle.O, ORGANISATION)
        .build();
  }

  /** Creates a self-signed CA valid from now for the given time. */
  public static Credential createCa(String commonName, Duration validity, Clock clock) {
    KeyPair keys = newKeyPair();
    X500Name name = subject(commonName, Role.CA);
    X509Certificate cert =
        sign(name, keys.getPrivate(), name, keys.getPublic(), Role.CA, validity, clock);
    return new Credential(keys.getPrivate(), cert, List.of());
  }

  /** Issues a certificate for a public key, signed by the CA. */
  public static X509Certificate issue(
      Credential ca,
      PublicKey subjectKey,
      String commonName,
      Role role,
      Duration validity,
      Clock clock) {
    X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
    return sign(
        issuer, ca.privateKey(), subject(commonName, role), subjectKey, role, validity, clock);
  }

  /**
   * Issues the MQTT broker's TLS server certificate: role {@link Role#BROKER}, extended key usage
   * server authentication, and every host name or IP address clients use as subject alternative
   * names (TLS clients check them).
   */
  public static X509Certificate issueBroker(
      Credential ca, PublicKey brokerKey, List<String> hostnames, Duration validity, Clock clock) {
    try {
      Instant now = clock.instant();
      X500Name issuer =
          X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              new BigInteger(127, RANDOM),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(validity)),
              subject(hostnames.get(0), Role.BROKER),
              brokerKey);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, keyUsage(Role.BROKER));
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
              org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_serverAuth));
      org.bouncycastle.asn1.x509.GeneralName[] names =
          hostnames.stream()
              .map(
                  h ->
                      new org.bouncycastle.asn1.x509.GeneralName(
                          h.matches("[0-9.]+|.*:.*")
                              ? org.bouncycastle.asn1.x509.GeneralName.iPAddress
                              : org.bouncycastle.asn1.x509.GeneralName.dNSName,
                          h))
              .toArray(org.bouncycastle.asn1.x509.GeneralName[]::new);
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new org.bouncycastle.asn1.x509.GeneralNames(names));
      ContentSigner signer =
          new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
              .setProvider(PROVIDER)
              .build(ca.privateKey());
      return new JcaX509CertificateConverter()
          .setProvider(PROVIDER)
          .getCertificate(builder.build(signer));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot issue the broker certificate", e);
    }
  }

  /**
   * A TLS context for an MQTT client: authenticates with the credential's certificate and trusts
   * only servers certified by the given CA.
   */
  public static javax.net.ssl.SSLContext tlsClientContext(Credential client, X509Certificate ca) {
    try {
      char[] transientPassword = "transient".toCharArray();
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry(
          "client",
          client.privateKey(),
          transientPassword,
          client.fullChain().toArray(new Certificate[0]));
      var keyManagers =
          javax.net.ssl.KeyManagerFactory.getInstance(
              javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, transientPassword);
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("ca", ca);
      var trustManagers =
          javax.net.ssl.TrustManagerFactory.getInstance(
              javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trust);
      javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLSv1.3");
      context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), RANDOM);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the TLS client context", e);
    }
  }

  /** A PEM-encoded PKCS#10 certificate request, signed with the key pair's private key. */
  public static String createCsr(KeyPair keys, String commonName, Role role) {
    try {
      ContentSigner signer =
          new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
              .setProvider(PROVIDER)
              .build(keys.getPrivate());
      PKCS10CertificationRequest csr =
          new JcaPKCS10CertificationRequestBuilder(subject(commonName, role), keys.getPublic())
              .build(signer);
      return toPem(csr);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot sign a certificate request", e);
    }
  }

  /**
   * A certificate request that was checked: its signature proves the requester holds the key.
   *
   * @param commonName the common name the requester asked for
   * @param publicKey the key to certify
   */
  public record CheckedRequest(String commonName, PublicKey publicKey) {}

  /**
   * Parses a PEM certificate request and checks its self-signature.
   *
   * @throws GeneralSecurityException when the request is not PEM, not PKCS#10, or its signature is
   *     wrong
   */
  public static CheckedRequest checkCsr(String csrPem) throws GeneralSecurityException {
    Object parsed;
    try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
      parsed = parser.readObject();
    } catch (IOException e) {
      throw new GeneralSecurityException("certificate request is not valid PEM", e);
    }
    if (!(parsed instanceof PKCS10CertificationRequest request)) {
      throw new GeneralSecurityException("not a PKCS#10 certificate request");
    }
    try {
      JcaPKCS10CertificationRequest jca =
          new JcaPKCS10CertificationRequest(request).setProvider(PROVIDER);
      if (!request.isSignatureValid(
          new JcaContentVerifierProviderBuilder()
              .setProvider(PROVIDER)
              .build(jca.getPublicKey()))) {
        throw new GeneralSecurityException("certificate request signature is invalid");
      }
      return new CheckedRequest(commonName(request.getSubject()), jca.getPublicKey());
    } catch (OperatorCreationException | PKCSException e) {
      throw new GeneralSecurityException("certificate request cannot be verified", e);
    }
  }

  /** The subject's common name. */
  public static String commonName(X509Certificate cert) {
    return commonName(X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()));
  }

  /** The role the certificate was issued for, read from its organisational unit. */
  public static Role role(X509Certificate cert) {
    X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
    RDN[] units = name.getRDNs(BCStyle.OU);
    if (units.length != 1) {
      throw new IllegalArgumentException("certificate has no single role");
    }
    return Role.fromOrganisationalUnit(IETFUtils.valueToString(units[0].getFirst().getValue()));
  }

  /**
   * Checks that a certificate was issued by the CA, is valid at the given time and has the expected
   * role.
   *
   * @throws GeneralSecurityException with a reason a person can read when any check fails
   */
  public static void verifyIssued(
      X509Certificate cert, X509Certificate ca, Role expectedRole, Instant at)
      throws GeneralSecurityException {
    try {
      KnownCertificates.verifySignedBy(cert, ca);
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException(
          "certificate " + cert.getSubjectX500Principal() + " was not issued by our CA", e);
    }
    cert.checkValidity(Date.from(at));
    Role actual;
    try {
      actual = role(cert);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException(e.getMessage(), e);
    }
    if (actual != expectedRole) {
      throw new GeneralSecurityException(
          "certificate has role " + actual + " where " + expectedRole + " is required");
    }
  }

  /** PEM text of a certificate, request or key. */
  public static String toPem(Object object) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Parses every certificate in a PEM text, in order. */
  public static List<X509Certificate> certificatesFromPem(String pem) {
    List<X509Certificate> certs = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object object;
      while ((object = parser.readObject()) != null) {
        if (object instanceof org.bouncycastle.cert.X509CertificateHolder holder) {
          certs.add(new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not a valid PEM certificate", e);
    }
    if (certs.isEmpty()) {
      throw new IllegalArgumentException("no certificate in PEM text");
    }
    return certs;
  }

  /** Parses exactly one certificate from PEM text. */
  public static X509Certificate certificateFromPem(String pem) {
    return certificatesFromPem(pem).get(0);
  }

  /**
   * Writes a credential to a PKCS#12 file encrypted with the passphrase (AES-256, PBKDF2). The file
   * is replaced atomically, so a power cut leaves either the old or the new key store.
   */
  public static void writeKeyStore(
      Path file, String alias, Credential credential, char[] passphrase) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          alias,
          credential.privateKey(),
          passphrase,
          credential.fullChain().toArray(new Certificate[0]));
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        store.store(out, passphrase);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write key store " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build key store " + file, e);
    }
  }

  /**
   * Reads a credential written by {@link #writeKeyStore}.
   *
   * @throws IllegalStateException when the passphrase is wrong or the file is damaged
   */
  public static Credential readKeyStore(Path file, String alias, char[] passphrase) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, passphrase);
      PrivateKey key = (PrivateKey) store.getKey(alias, passphrase);
      Certificate[] chain = store.getCertificateChain(alias);
      if (key == null || chain == null) {
        throw new IllegalStateException("key store " + file + " has no entry " + alias);
      }
      List<X509Certificate> certs = new ArrayList<>();
      for (Certificate c : chain) {
        certs.add((X509Certificate) c);
      }
      return new Credential(key, certs.get(0), certs.subList(1, certs.size()));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot open key store " + file + " (wrong passphrase or damaged file)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read key store " + file, e);
    }
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }

  /** SHA-256 of the bytes. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String commonName(X500Name name) {
    RDN[] cns = name.getRDNs(BCStyle.CN);
    if (cns.length != 1) {
      throw new IllegalArgumentException("name has no single common name: " + name);
    }
    return IETFUtils.valueToString(cns[0].getFirst().getValue());
  }

  private static X509Certificate sign(
      X500Name issuer,
      PrivateKey issuerKey,
      X500Name subject,
      PublicKey subjectKey,
      Role role,
      Duration validity,
      Clock clock) {
    try {
      Instant now = clock.instant();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              new BigInteger(127, RANDOM),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(validity)),
              subject,
              subjectKey);
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(role == Role.CA));
      builder.addExtension(Extension.keyUsage, true, keyUsage(role));
      ContentSigner signer =
          new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(PROVIDER).build(issuerKey);
      return new JcaX509CertificateConverter()
          .setProvider(PROVIDER)
          .getCertificate(builder.build(signer));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot issue certificate for " + subject, e);
    }
  }

  private static KeyUsage keyUsage(Role role) {
    return switch (role) {
      case CA -> new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
      case KIT, HUB_SIGNING -> new KeyUsage(KeyUsage.digitalSignature);
      case HUB_ENCRYPTION -> new KeyUsage(KeyUsage.keyAgreement);
      case BROKER -> new KeyUsage(KeyUsage.digitalSignature);
    };
  }

  /** Converts a BC certificate holder; used by the CMS code in this module. */
  static X509Certificate toCertificate(org.bouncycastle.cert.X509CertificateHolder holder)
      throws GeneralSecurityException {
    return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
  }

  /** Wraps a certificate for BC's CMS generators. */
  static JcaX509CertificateHolder holder(X509Certificate cert) throws GeneralSecurityException {
    return new JcaX509CertificateHolder(cert);
  }
}
