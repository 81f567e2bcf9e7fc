package de.buergerkoffer.hardware.idcard.icao;

import de.buergerkoffer.hardware.idcard.Authenticity;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.jmrtd.lds.SODFile;

/**
 * Passive authentication (ICAO 9303 part 11, 5.1): the issuer signed the hashes of the data groups
 * in the document security object (EF.SOD), so the kit can tell whether what it read is what the
 * issuer wrote.
 *
 * <p>Always checked: every data group that was read has a hash in the SOD and the hash matches, and
 * the SOD's CMS signature verifies with the document signer (DS) certificate inside it. Checked
 * when CSCA certificates are configured: the DS certificate chains to one of them at the clock's
 * current time (no revocation lists: the kit is offline). A mismatch refuses the data; a missing
 * CSCA only lowers the {@link Authenticity} level.
 *
 * <p>Uses its own Bouncy Castle provider instance (not registered globally), because document
 * signers often use brainpool curves that the JDK 17 no longer offers.
 */
final class PassiveAuthentication {

  /** The outcome: the data may be used (with how far they were checked), or must be refused. */
  sealed interface Outcome permits Passed, Refused {}

  /** The data are unchanged since the issuer signed them. */
  record Passed(Authenticity authenticity) implements Outcome {}

  /** The data must not be used; the message says why, in German. */
  record Refused(String messageDe) implements Outcome {}

  private static final Provider BC = new BouncyCastleProvider();
  private static final String TAMPERED =
      "Die Daten auf dem Chip passen nicht zur Signatur des Ausstellers – das Dokument könnte"
          + " verfälscht sein. Die Daten wurden nicht übernommen. Bitte das Dokument genau"
          + " ansehen und die Daten von Hand eingeben.";

  private final List<X509Certificate> cscaCertificates;
  private final Clock clock;

  /**
   * @param cscaCertificates trusted country signing CA certificates; empty = chain not checked
   * @param clock the time at which the chain must be valid
   */
  PassiveAuthentication(List<X509Certificate> cscaCertificates, Clock clock) {
    this.cscaCertificates = List.copyOf(cscaCertificates);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks the data groups that were read against the SOD.
   *
   * @param sod the document security object as read from the chip
   * @param dataGroups data group number → the bytes as read (whole EF, tag included)
   */
  Outcome check(SODFile sod, Map<Integer, byte[]> dataGroups) {
    Map<Integer, byte[]> signedHashes = sod.getDataGroupHashes();
    try {
      MessageDigest digest = MessageDigest.getInstance(sod.getDigestAlgorithm(), BC);
      for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
        byte[] signed = signedHashes.get(group.getKey());
        if (signed == null || !MessageDigest.isEqual(signed, digest.digest(group.getValue()))) {
          return new Refused(TAMPERED + " (Datengruppe " + group.getKey() + ")");
        }
      }
      X509Certificate signer = sod.getDocSigningCertificate();
      if (signer == null || !signatureHolds(sod, signer)) {
        return new Refused(TAMPERED + " (Signatur)");
      }
      if (cscaCertificates.isEmpty()) {
        return new Passed(Authenticity.signatureOnly());
      }
      return chainsToCsca(signer)
          .map(csca -> (Outcome) new Passed(Authenticity.issuerVerified(issuerName(csca))))
          .orElseGet(
              () ->
                  new Refused(
                      "Der Aussteller dieses Dokuments ist keinem eingerichteten"
                          + " Länderzertifikat (CSCA) zuzuordnen – Echtheit nicht bestätigt. Die"
                          + " Daten wurden nicht übernommen. Bitte das Dokument genau ansehen und"
                          + " die Daten von Hand eingeben."));
    } catch (GeneralSecurityException | RuntimeException e) {
      return new Refused(TAMPERED + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static boolean signatureHolds(SODFile sod, X509Certificate signer) {
    try {
      CMSSignedData signedData = new CMSSignedData(contentInfo(sod.getEncoded()));
      var verifier = new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(signer);
      for (SignerInformation info : signedData.getSignerInfos().getSigners()) {
        if (!info.verify(verifier)) {
          return false;
        }
      }
      return !signedData.getSignerInfos().getSigners().isEmpty();
    } catch (CMSException | OperatorCreationException | RuntimeException e) {
      return false;
    }
  }

  private java.util.Optional<X509Certificate> chainsToCsca(X509Certificate signer) {
    for (X509Certificate csca : cscaCertificates) {
      try {
        CertificateFactory factory = CertificateFactory.getInstance("X.509", BC);
        CertPath path = factory.generateCertPath(List.of(signer));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(csca, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(clock.instant()));
        CertPathValidator.getInstance("PKIX", BC).validate(path, parameters);
        return java.util.Optional.of(csca);
      } catch (GeneralSecurityException e) {
        // not this anchor; try the next
      }
    }
    return java.util.Optional.empty();
  }

  private static String issuerName(X509Certificate csca) {
    String subject = csca.getSubjectX500Principal().getName();
    return Arrays.stream(subject.split(","))
        .filter(part -> part.startsWith("C="))
        .map(part -> "CSCA " + part.substring(2))
        .collect(Collectors.joining(", "))
        .transform(name -> name.isEmpty() ? "CSCA" : name);
  }

  /** EF.SOD is the CMS ContentInfo wrapped in an application tag 0x77; returns the ContentInfo. */
  static byte[] contentInfo(byte[] efSod) {
    if (efSod.length < 2 || (efSod[0] & 0xFF) != 0x77) {
      throw new IllegalArgumentException("not an EF.SOD");
    }
    int first = efSod[1] & 0xFF;
    int offset = 2;
    if (first > 0x80) {
      offset += first & 0x7F;
    }
    return Arrays.copyOfRange(efSod, offset, efSod.length);
  }
}
