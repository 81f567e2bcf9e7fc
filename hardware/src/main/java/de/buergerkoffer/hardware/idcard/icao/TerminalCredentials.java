package de.buergerkoffer.hardware.idcard.icao;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jmrtd.Util;
import org.jmrtd.cert.CVCAuthorizationTemplate;
import org.jmrtd.cert.CVCertificateFactorySpi;
import org.jmrtd.cert.CardVerifiableCertificate;

/**
 * What the kit needs for terminal authentication (EAC, BSI TR-03110 / ICAO 9303 part 11): the
 * card-verifiable certificates an authority received from its document verifier (DV) – the DV
 * certificate issued by a state's CVCA, the inspection-system (IS) certificate issued by the DV,
 * optionally CVCA link certificates – and the inspection system's private key.
 *
 * <p>The certificates may cover several states (one DV certificate per CVCA); {@link
 * #chainFor(Collection)} picks the chain that ends at a CVCA the chip trusts (from its EF.CVCA).
 * The key must belong to the IS certificate(s); {@link #fromFolder(Path)} checks that.
 *
 * @param certificates the CV certificates, any order
 * @param inspectionSystemKey the IS private key (EC); kept as a Bouncy Castle key, which JMRTD
 *     needs
 */
public record TerminalCredentials(
    List<CardVerifiableCertificate> certificates, PrivateKey inspectionSystemKey) {

  private static final Provider BC = Util.getBouncyCastleProvider();
  private static final int LONGEST_CHAIN = 8;

  public TerminalCredentials {
    certificates = List.copyOf(certificates);
    Objects.requireNonNull(inspectionSystemKey, "inspectionSystemKey");
    if (certificates.stream().noneMatch(TerminalCredentials::isInspectionSystem)) {
      throw new IllegalArgumentException("no inspection-system (IS) certificate");
    }
    inspectionSystemKey = asBouncyCastleKey(inspectionSystemKey);
  }

  /**
   * Loads the folder an authority fills: every {@code .cvcert} / {@code .cvc} file is a CV
   * certificate (binary, as the DV delivers it), and exactly one {@code .pkcs8} / {@code .key} /
   * {@code .pem} file holds the IS private key (PKCS#8, DER or PEM {@code PRIVATE KEY}, not
   * encrypted). Fails loudly on a missing folder, a broken file, a missing or second key, no IS
   * certificate, or a key that does not match the IS certificate: a silently missing credential
   * would only show later as "terminal authentication not done".
   */
  public static TerminalCredentials fromFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "terminal credentials folder missing");
    }
    List<CardVerifiableCertificate> certificates = new ArrayList<>();
    List<PrivateKey> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".cvcert") || name.endsWith(".cvc")) {
          certificates.add(certificate(file));
        } else if (name.endsWith(".pkcs8") || name.endsWith(".key") || name.endsWith(".pem")) {
          keys.add(privateKey(file));
        }
      }
    }
    if (keys.size() != 1) {
      throw new IOException(
          "expected exactly one private key (.pkcs8/.key/.pem) in "
              + folder
              + ", found "
              + keys.size());
    }
    TerminalCredentials credentials;
    try {
      credentials = new TerminalCredentials(certificates, keys.get(0));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage() + " in " + folder, e);
    }
    credentials.checkKeyMatchesInspectionSystemCertificate(folder);
    return credentials;
  }

  /**
   * The certificates to present to a chip that trusts the given CVCA references, ordered as
   * terminal authentication sends them (issuer first: link certificates, DV, IS last).
   *
   * @param trustedCvcas the chip's CVCA references from EF.CVCA, e.g. {@code DECVCA00001}; empty
   *     when the chip does not say, then the longest chain the certificates form is used
   */
  Optional<List<CardVerifiableCertificate>> chainFor(Collection<String> trustedCvcas) {
    for (CardVerifiableCertificate inspectionSystem : certificates) {
      if (!isInspectionSystem(inspectionSystem)) {
        continue;
      }
      List<CardVerifiableCertificate> chain = new ArrayList<>(List.of(inspectionSystem));
      CardVerifiableCertificate current = inspectionSystem;
      while (chain.size() <= LONGEST_CHAIN) {
        String authority = authority(current);
        if (trustedCvcas.contains(authority)) {
          Collections.reverse(chain);
          return Optional.of(List.copyOf(chain));
        }
        Optional<CardVerifiableCertificate> issuer = issuerOf(current, chain);
        if (issuer.isEmpty()) {
          if (trustedCvcas.isEmpty()) {
            Collections.reverse(chain);
            return Optional.of(List.copyOf(chain));
          }
          break;
        }
        chain.add(issuer.get());
        current = issuer.get();
      }
    }
    return Optional.empty();
  }

  private Optional<CardVerifiableCertificate> issuerOf(
      CardVerifiableCertificate certificate, List<CardVerifiableCertificate> notThese) {
    String authority = authority(certificate);
    return certificates.stream()
        .filter(candidate -> !notThese.contains(candidate))
        .filter(candidate -> holder(candidate).equals(authority))
        // a self-signed CVCA certificate is the trust anchor the chip already has
        .filter(candidate -> !holder(candidate).equals(authority(candidate)))
        .findFirst();
  }

  /** The certificate's holder reference, e.g. {@code DEDVTEST00001}. */
  static String holder(CardVerifiableCertificate certificate) {
    try {
      return certificate.getHolderReference().getName();
    } catch (CertificateException e) {
      throw new IllegalArgumentException("CV certificate without holder reference", e);
    }
  }

  /** The certificate's authority reference (who signed it). */
  static String authority(CardVerifiableCertificate certificate) {
    try {
      return certificate.getAuthorityReference().getName();
    } catch (CertificateException e) {
      throw new IllegalArgumentException("CV certificate without authority reference", e);
    }
  }

  private static boolean isInspectionSystem(CardVerifiableCertificate certificate) {
    return hasRole(certificate, CVCAuthorizationTemplate.Role.IS);
  }

  /** A CVCA certificate: in a chain, a link certificate from an older CVCA. */
  static boolean isCvca(CardVerifiableCertificate certificate) {
    return hasRole(certificate, CVCAuthorizationTemplate.Role.CVCA);
  }

  private static boolean hasRole(
      CardVerifiableCertificate certificate, CVCAuthorizationTemplate.Role role) {
    try {
      return certificate.getAuthorizationTemplate().getRole() == role;
    } catch (CertificateException | RuntimeException e) {
      return false;
    }
  }

  private void checkKeyMatchesInspectionSystemCertificate(Path folder) throws IOException {
    byte[] probe = "Bürgerkoffer".getBytes(StandardCharsets.UTF_8);
    for (CardVerifiableCertificate certificate : certificates) {
      if (!isInspectionSystem(certificate)) {
        continue;
      }
      try {
        Signature signer = Signature.getInstance(certificate.getSigAlgName(), BC);
        signer.initSign(inspectionSystemKey);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(certificate.getSigAlgName(), BC);
        verifier.initVerify(publicKeyOf(certificate));
        verifier.update(probe);
        if (!verifier.verify(signature)) {
          throw new IOException(
              "the private key in "
                  + folder
                  + " does not belong to the IS certificate "
                  + holder(certificate));
        }
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new IOException("cannot check the private key in " + folder, e);
      }
    }
  }

  /** IS certificates carry only the point; the curve is the key's (the CVCA's domain). */
  private PublicKey publicKeyOf(CardVerifiableCertificate certificate)
      throws GeneralSecurityException {
    java.security.interfaces.ECPublicKey point =
        (java.security.interfaces.ECPublicKey) certificate.getPublicKey();
    return KeyFactory.getInstance("EC", BC)
        .generatePublic(
            new ECPublicKeySpec(point.getW(), ((ECPrivateKey) inspectionSystemKey).getParams()));
  }

  private static CardVerifiableCertificate certificate(Path file) throws IOException {
    try {
      return (CardVerifiableCertificate)
          new CVCertificateFactorySpi()
              .engineGenerateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
    } catch (CertificateException | RuntimeException e) {
      throw new IOException("not a CV certificate: " + file, e);
    }
  }

  private static PrivateKey privateKey(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.US_ASCII);
    if (text.contains("-----BEGIN PRIVATE KEY-----")) {
      String base64 =
          text.substring(
                  text.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
                  text.indexOf("-----END PRIVATE KEY-----"))
              .replaceAll("\\s", "");
      bytes = Base64.getDecoder().decode(base64);
    }
    try {
      return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(bytes));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IOException("not an unencrypted PKCS#8 EC private key: " + file, e);
    }
  }

  private static PrivateKey asBouncyCastleKey(PrivateKey key) {
    if (key instanceof org.bouncycastle.jce.interfaces.ECPrivateKey) {
      return key;
    }
    try {
      return KeyFactory.getInstance("EC", BC)
          .generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the IS key must be an EC private key", e);
    }
  }
}
