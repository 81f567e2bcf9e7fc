package de.buergerkoffer.kit.enrollment;

import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.config.KitProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The kit's identity: loaded from the data folder, or obtained once from the hub with the
 * enrollment token. The key pair is made here and only the certificate request leaves the kit; the
 * private key is stored in a passphrase-encrypted PKCS#12 file.
 */
@Component
public class KitEnrollment {

  private static final Logger log = LoggerFactory.getLogger(KitEnrollment.class);
  private static final String WIPED_MARKER = "WIPED";

  /** The kit renews its certificate when less than this remains. */
  public static final Duration RENEW_BEFORE = Duration.ofDays(30);

  private final KitProperties properties;
  private final Path keyStore;
  private final Path hubCertificates;
  private final RestClient http;
  private final AuditLog audit;
  private final Clock clock;
  private final AtomicReference<KitIdentity> identity = new AtomicReference<>();
  private final ApplicationEventPublisher events;

  KitEnrollment(
      KitProperties properties,
      RestClient.Builder http,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.properties = properties;
    this.events = events;
    this.clock = clock;
    this.keyStore = properties.dataDir().resolve("keys/kit.p12");
    this.hubCertificates = properties.dataDir().resolve("keys/hub-certificates.pem");
    this.http = http.baseUrl(properties.hubUrl().toString()).build();
    this.audit = audit;
    if (Files.exists(keyStore) && !wiped()) {
      identity.set(load());
      log.info("Kit {} is enrolled", properties.id());
    }
  }

  /** The identity, once the kit is enrolled. */
  public Optional<KitIdentity> identity() {
    return Optional.ofNullable(identity.get());
  }

  /**
   * Enrolls with the hub if not yet enrolled. Failures (hub unreachable, token refused) are logged
   * and leave the kit unenrolled; capture goes on regardless and cases wait in the outbox.
   */
  public synchronized Optional<KitIdentity> enrollIfNeeded() {
    if (identity.get() != null) {
      return identity();
    }
    if (wiped()) {
      return Optional.empty();
    }
    String token = properties.enrollmentToken();
    if (token == null || token.isBlank()) {
      log.warn("Kit is not enrolled and no enrollment token is configured (BK_ENROLLMENT_TOKEN)");
      return Optional.empty();
    }
    KeyPair keys = Pki.newKeyPair();
    String csr = Pki.createCsr(keys, properties.id(), Role.KIT);
    Map<?, ?> response;
    try {
      response =
          http.post()
              .uri("/api/enrollment")
              .body(Map.of("token", token, "csrPem", csr))
              .retrieve()
              .body(Map.class);
    } catch (RestClientException e) {
      log.info("Enrollment at {} not possible yet: {}", properties.hubUrl(), e.getMessage());
      return Optional.empty();
    }
    X509Certificate kitCert = store(keys, response);
    log.info("Kit {} enrolled at {}", properties.id(), properties.hubUrl());
    audit.record(
        properties.id(),
        AuditAction.ENROLL,
        properties.id(),
        "hub=" + properties.hubUrl() + "; certificate=" + kitCert.getSerialNumber().toString(16));
    return identity();
  }

  /**
   * Renews the kit's certificate when less than {@link #RENEW_BEFORE} remains: makes a new key pair
   * and sends its certificate request, signed with the current credential, to the hub. On success
   * the new key store replaces the old one atomically and the kit uses the new identity at once.
   * Failures (offline, refused) are logged; the kit keeps its current identity and tries again at
   * the next check.
   *
   * @return true when the certificate was renewed
   */
  public synchronized boolean renewIfDue() {
    KitIdentity current = identity.get();
    if (current == null || wiped()) {
      return false;
    }
    Instant notAfter = current.kit().certificate().getNotAfter().toInstant();
    if (Duration.between(clock.instant(), notAfter).compareTo(RENEW_BEFORE) >= 0) {
      return false;
    }
    log.info("Kit certificate expires {}, renewing at {}", notAfter, properties.hubUrl());
    KeyPair keys = Pki.newKeyPair();
    String csr = Pki.createCsr(keys, properties.id(), Role.KIT);
    byte[] signed = Cms.sign(csr.getBytes(StandardCharsets.US_ASCII), current.kit());
    Map<?, ?> response;
    try {
      response =
          http.post()
              .uri("/api/enrollment/renew")
              .contentType(MediaType.valueOf("application/pkcs7-mime"))
              .body(signed)
              .retrieve()
              .body(Map.class);
    } catch (RestClientException e) {
      log.warn("Certificate renewal at {} failed: {}", properties.hubUrl(), e.getMessage());
      return false;
    }
    X509Certificate previous = current.kit().certificate();
    X509Certificate kitCert = store(keys, response);
    log.info("Kit {} renewed its certificate, valid until {}", properties.id(), notAfter(kitCert));
    audit.record(
        properties.id(),
        AuditAction.ENROLL,
        properties.id(),
        "renewed; certificate="
            + kitCert.getSerialNumber().toString(16)
            + "; previous="
            + previous.getSerialNumber().toString(16));
    return true;
  }

  private static Instant notAfter(X509Certificate cert) {
    return cert.getNotAfter().toInstant();
  }

  /** Writes what the hub sent and the new key, then switches to the new identity. */
  private X509Certificate store(KeyPair keys, Map<?, ?> response) {
    X509Certificate kitCert = Pki.certificateFromPem((String) response.get("kitCertificatePem"));
    if (!kitCert.getPublicKey().equals(keys.getPublic())) {
      throw new IllegalStateException("the hub certified another key than the kit's");
    }
    X509Certificate ca = Pki.certificateFromPem((String) response.get("caCertificatePem"));
    String hubPem =
        response.get("caCertificatePem")
            + "\n"
            + response.get("hubEncryptionCertificatePem")
            + "\n"
            + response.get("hubSigningCertificatePem");
    writeAtomically(hubCertificates, hubPem);
    Pki.writeKeyStore(
        keyStore,
        "kit",
        new Credential(keys.getPrivate(), kitCert, List.of(ca)),
        properties.keystorePassphrase().toCharArray());
    identity.set(load());
    if (response.get("clerkRoster") instanceof String roster && !roster.isBlank()) {
      events.publishEvent(new ClerkRosterDelivered(Base64.getDecoder().decode(roster)));
    }
    return kitCert;
  }

  /** True after the kit was wiped on the hub's order; it then never enrolls again by itself. */
  public boolean wiped() {
    return Files.exists(properties.dataDir().resolve(WIPED_MARKER));
  }

  /**
   * Destroys the kit's keys and remembers that it was wiped, so it neither signs nor decrypts
   * anything again and does not re-enroll with a leftover token.
   */
  public synchronized void destroyKeys(String reason) {
    identity.set(null);
    try {
      Files.writeString(properties.dataDir().resolve(WIPED_MARKER), reason + "\n");
      Path keys = keyStore.getParent();
      if (Files.exists(keys)) {
        try (var files = Files.walk(keys)) {
          for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot destroy the kit keys", e);
    }
  }

  private KitIdentity load() {
    Credential kit =
        Pki.readKeyStore(keyStore, "kit", properties.keystorePassphrase().toCharArray());
    List<X509Certificate> hub;
    try {
      hub = Pki.certificatesFromPem(Files.readString(hubCertificates));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + hubCertificates, e);
    }
    return new KitIdentity(kit, withRole(hub, Role.CA), withRole(hub, Role.HUB_ENCRYPTION));
  }

  private static X509Certificate withRole(List<X509Certificate> certs, Role role) {
    return certs.stream()
        .filter(c -> Pki.role(c) == role)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("hub certificate missing: " + role));
  }

  private static void writeAtomically(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
