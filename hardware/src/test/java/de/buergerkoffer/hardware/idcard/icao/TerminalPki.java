package de.buergerkoffer.hardware.idcard.icao;

import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.jmrtd.cert.CVCAuthorizationTemplate;
import org.jmrtd.cert.CVCAuthorizationTemplate.Permission;
import org.jmrtd.cert.CVCAuthorizationTemplate.Role;
import org.jmrtd.cert.CVCPrincipal;
import org.jmrtd.cert.CVCertificateBuilder;
import org.jmrtd.cert.CardVerifiableCertificate;

/**
 * A test EAC PKI built with the CVC library JMRTD uses: a country verifying CA (CVCA), a document
 * verifier (DV) certificate it issued, and an inspection-system (IS) certificate the DV issued –
 * what an authority gets from its DV, plus the CVCA a test chip trusts. ECDSA on NIST P-256 with
 * SHA-256 (id-TA-ECDSA-SHA-256).
 */
final class TerminalPki {

  static final String ALGORITHM = "SHA256WITHECDSA";

  final String cvcaReference;
  final KeyPair cvca;
  final KeyPair dv;
  final KeyPair inspectionSystem;
  final CardVerifiableCertificate cvcaCertificate;
  final CardVerifiableCertificate dvCertificate;
  final CardVerifiableCertificate isCertificate;

  /** For a rolled-over CVCA: the new CVCA's key signed by the old one; else null. */
  final CardVerifiableCertificate linkCertificate;

  /**
   * @param country two-letter code in the references, e.g. {@code DE}
   * @param now the IS certificate is valid from 30 days before to {@code isValidDays} after
   */
  TerminalPki(String country, Instant now, int isValidDays) throws Exception {
    this(country, "00001", now, isValidDays, TestDocuments.ecKeyPair(), null);
  }

  private TerminalPki(
      String country,
      String sequence,
      Instant now,
      int isValidDays,
      KeyPair cvca,
      TerminalPki predecessor)
      throws Exception {
    this.cvcaReference = country + "TESTCVCA" + sequence;
    this.cvca = cvca;
    this.dv = TestDocuments.ecKeyPair();
    this.inspectionSystem = TestDocuments.ecKeyPair();
    CVCPrincipal cvcaName = new CVCPrincipal(cvcaReference);
    CVCPrincipal dvName = new CVCPrincipal(country + "TESTDV" + sequence);
    CVCPrincipal isName = new CVCPrincipal(country + "TESTIS" + sequence);
    Date from = Date.from(now.minus(30, ChronoUnit.DAYS));
    Instant cvcaEnd = now.plus(3650, ChronoUnit.DAYS);
    cvcaCertificate = certificate(cvca, cvca, cvcaName, cvcaName, Role.CVCA, from, cvcaEnd);
    linkCertificate =
        predecessor == null
            ? null
            : certificate(
                cvca,
                predecessor.cvca,
                new CVCPrincipal(predecessor.cvcaReference),
                cvcaName,
                Role.CVCA,
                from,
                cvcaEnd);
    dvCertificate =
        certificate(dv, cvca, cvcaName, dvName, Role.DV_D, from, now.plus(365, ChronoUnit.DAYS));
    isCertificate =
        certificate(
            inspectionSystem,
            dv,
            dvName,
            isName,
            Role.IS,
            from,
            now.plus(isValidDays, ChronoUnit.DAYS));
  }

  /** A PKI whose CVCA has the same reference as this one but another key (a forged CVCA). */
  TerminalPki impostor(Instant now) throws Exception {
    return new TerminalPki(
        cvcaReference.substring(0, 2), "00001", now, 90, TestDocuments.ecKeyPair(), null);
  }

  /** The next CVCA generation (sequence 00002) with a link certificate from this one. */
  TerminalPki rolledOver(Instant now) throws Exception {
    return new TerminalPki(
        cvcaReference.substring(0, 2), "00002", now, 90, TestDocuments.ecKeyPair(), this);
  }

  /** What the authority configures: (link,) DV and IS certificate, IS key. */
  TerminalCredentials credentials() {
    List<CardVerifiableCertificate> certificates =
        linkCertificate == null
            ? List.of(dvCertificate, isCertificate)
            : List.of(linkCertificate, dvCertificate, isCertificate);
    return new TerminalCredentials(certificates, inspectionSystem.getPrivate());
  }

  private static CardVerifiableCertificate certificate(
      KeyPair subject,
      KeyPair issuer,
      CVCPrincipal issuerName,
      CVCPrincipal subjectName,
      Role role,
      Date from,
      Instant to)
      throws Exception {
    return CVCertificateBuilder.createCertificate(
        subject.getPublic(),
        issuer.getPrivate(),
        ALGORITHM,
        issuerName,
        subjectName,
        new CVCAuthorizationTemplate(role, Permission.READ_ACCESS_DG3_AND_DG4),
        from,
        Date.from(to),
        "SunEC");
  }
}
