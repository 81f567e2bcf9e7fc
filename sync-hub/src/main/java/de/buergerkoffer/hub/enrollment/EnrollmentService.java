package de.buergerkoffer.hub.enrollment;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.CmsException;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.config.HubProperties;
import de.buergerkoffer.hub.kits.KitRecord;
import de.buergerkoffer.hub.kits.KitRegistry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolls kits: a kit proves it holds a one-time token and its key (signed CSR), and receives a
 * certificate from the hub CA. A token works once and expires; a kit id is enrolled once.
 */
@Service
public class EnrollmentService {

  private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);
  private static final Pattern KIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,30}[a-z0-9]");

  private final JdbcTemplate jdbc;
  private final HubKeys keys;
  private final HubProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final KitRegistry kits;
  private final ObjectProvider<ClerkRosterSource> rosters;

  EnrollmentService(
      JdbcTemplate jdbc,
      HubKeys keys,
      HubProperties properties,
      Clock clock,
      ApplicationEventPublisher events,
      AuditLog audit,
      KitRegistry kits,
      ObjectProvider<ClerkRosterSource> rosters) {
    this.kits = kits;
    this.rosters = rosters;
    this.events = events;
    this.audit = audit;
    this.jdbc = jdbc;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  /** Registers the configured bootstrap token once, so the first kit can enroll. */
  @EventListener(ApplicationReadyEvent.class)
  public void registerBootstrapToken() {
    String token = properties.bootstrapToken();
    if (token == null || token.isBlank()) {
      return;
    }
    Instant now = clock.instant();
    int added =
        jdbc.update(
            "INSERT INTO enrollment_token (token, created_at, expires_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING",
            token,
            StoredTime.format(now),
            StoredTime.format(now.plus(properties.bootstrapTokenValidity())));
    if (added == 1) {
      log.info(
          "Bootstrap enrollment token registered, valid {}", properties.bootstrapTokenValidity());
    }
  }

  /**
   * Enrolls the kit named in the request.
   *
   * @throws EnrollmentException when the token is unknown, used or expired, the request is not a
   *     valid CSR, the kit id is malformed, or the kit is already enrolled
   */
  @Transactional
  public EnrollmentResponse enroll(EnrollmentRequest request) {
    Instant now = clock.instant();
    Pki.CheckedRequest csr;
    try {
      csr = Pki.checkCsr(request.csrPem());
    } catch (GeneralSecurityException e) {
      throw new EnrollmentException("Certificate request rejected: " + e.getMessage(), false);
    }
    String kitId = csr.commonName();
    if (!KIT_ID.matcher(kitId).matches()) {
      throw new EnrollmentException(
          "Kit id '" + kitId + "' must be 3-32 lower-case letters, digits or dashes", false);
    }
    int claimed =
        jdbc.update(
            "UPDATE enrollment_token SET used_at = ?, used_by = ?"
                + " WHERE token = ? AND used_at IS NULL AND expires_at > ?",
            StoredTime.format(now),
            kitId,
            request.token(),
            StoredTime.format(now));
    if (claimed != 1) {
      throw new EnrollmentException("Enrollment token is unknown, used or expired", false);
    }
    var revoked = kits.find(kitId).filter(KitRecord::revoked);
    if (revoked.isPresent()) {
      // its old key may be in a thief's hands: the identity stays revoked for good
      throw new EnrollmentException(
          "Kit "
              + kitId
              + " was revoked on "
              + revoked.get().revokedAt()
              + " and is never enrolled again under this id. Set the device up afresh (empty data"
              + " folder) with a new kit id (BK_KIT_ID) and a new token.",
          true);
    }
    if (kitCertificate(kitId).isPresent()) {
      throw new EnrollmentException("Kit " + kitId + " is already enrolled", true);
    }
    X509Certificate cert =
        Pki.issue(
            keys.ca(),
            csr.publicKey(),
            kitId,
            Role.KIT,
            properties.kitCertificateValidity(),
            clock);
    jdbc.update(
        "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
        kitId,
        Pki.toPem(cert),
        StoredTime.format(now));
    log.info("Enrolled kit {}", kitId);
    audit.record(
        "hub", AuditAction.ENROLL, kitId, "certificate=" + cert.getSerialNumber().toString(16));
    events.publishEvent(new KitEnrolled(kitId));
    return response(kitId, cert);
  }

  /**
   * Renews an enrolled kit's certificate while it is online: the kit signs a request for a new key
   * (PKCS#10 PEM as the content of a CMS SignedData) with its current, still valid credential.
   *
   * @param signedCsr the CMS SignedData
   * @throws EnrollmentException (never a conflict) when the signature does not verify, the signer
   *     is not a kit certified by this hub's CA, is expired, revoked or not enrolled here, or the
   *     request names another kit
   */
  @Transactional
  public EnrollmentResponse renew(byte[] signedCsr) {
    Instant now = clock.instant();
    Cms.Verified verified;
    try {
      verified = Cms.verify(signedCsr);
    } catch (CmsException e) {
      throw refusedRenewal("the request is not a valid signed certificate request", e);
    }
    X509Certificate signer = verified.signer();
    try {
      Pki.verifyIssued(signer, keys.ca().certificate(), Role.KIT, now);
    } catch (GeneralSecurityException e) {
      throw refusedRenewal("the signing certificate is not a valid kit certificate of this hub", e);
    }
    String kitId = Pki.commonName(signer);
    if (kitCertificate(kitId).isEmpty()) {
      throw refusedRenewal("kit " + kitId + " is not enrolled", null);
    }
    if (kits.isRevoked(kitId)) {
      throw refusedRenewal("kit " + kitId + " is revoked", null);
    }
    Pki.CheckedRequest csr;
    try {
      csr = Pki.checkCsr(new String(verified.content(), StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw refusedRenewal("the signed content is not a valid certificate request", e);
    }
    if (!kitId.equals(csr.commonName())) {
      throw refusedRenewal(
          "the request names '" + csr.commonName() + "' but was signed by kit " + kitId, null);
    }
    X509Certificate cert =
        Pki.issue(
            keys.ca(),
            csr.publicKey(),
            kitId,
            Role.KIT,
            properties.kitCertificateValidity(),
            clock);
    // the old certificate is kept: receipts the kit sealed with its old key must still verify
    jdbc.update(
        "INSERT INTO kit_previous_certificate (kit_id, certificate_pem, replaced_at)"
            + " SELECT kit_id, certificate_pem, ? FROM kit WHERE kit_id = ?"
            + " ON CONFLICT DO NOTHING",
        StoredTime.format(now),
        kitId);
    jdbc.update("UPDATE kit SET certificate_pem = ? WHERE kit_id = ?", Pki.toPem(cert), kitId);
    log.info("Renewed the certificate of kit {}", kitId);
    audit.record(
        kitId,
        AuditAction.ENROLL,
        kitId,
        "renewed; certificate="
            + cert.getSerialNumber().toString(16)
            + "; previous="
            + signer.getSerialNumber().toString(16));
    events.publishEvent(new KitEnrolled(kitId));
    return response(kitId, cert);
  }

  private static EnrollmentException refusedRenewal(String reason, Exception cause) {
    String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return new EnrollmentException("Renewal refused: " + reason + detail, false);
  }

  private EnrollmentResponse response(String kitId, X509Certificate cert) {
    return new EnrollmentResponse(
        kitId,
        Pki.toPem(cert),
        Pki.toPem(keys.ca().certificate()),
        Pki.toPem(keys.encryption().certificate()),
        Pki.toPem(keys.signing().certificate()),
        rosters
            .orderedStream()
            .findFirst()
            .flatMap(source -> source.sealedRoster(kitId, cert))
            .map(Base64.getEncoder()::encodeToString)
            .orElse(null));
  }

  /** The certificate the kit was enrolled with, if it is enrolled. */
  public Optional<String> kitCertificate(String kitId) {
    return jdbc
        .queryForList("SELECT certificate_pem FROM kit WHERE kit_id = ?", String.class, kitId)
        .stream()
        .findFirst();
  }
}
