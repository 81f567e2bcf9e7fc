package de.buergerkoffer.bundle;

import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.CmsException;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The town the fuzz tests live in: a hub CA, the hub's encryption key and one kit ({@code
 * kit-fuzz}), all <em>the same in every run</em>.
 *
 * <p>Why not {@link TestPki}: a fuzzer keeps the inputs it found (corpus, crash files) and replays
 * them later. A sealed bundle only opens again if the hub key and the hub certificate's issuer and
 * serial number (the recipient id inside the bundle) are the same as when it was made, and its kit
 * certificate only verifies if the CA key is the same. So the keys here come from a seeded PRNG and
 * the certificates carry fixed serial numbers; the clock is fixed inside their validity. These keys
 * protect nothing and must never be used outside tests.
 *
 * <p>{@link #SAMPLE_BUNDLE_RESOURCE} is one bundle sealed by this kit for this hub, kept as a file
 * so that fuzz inputs that refer to its exact bytes (chunk sequences) replay identically; {@link
 * #main} writes it again if the fixture ever changes.
 */
public final class FuzzFixture {

  /** The one instant every fuzz test lives at: certificates are valid, nothing expires. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);

  /**
   * Limits far below the production defaults, so that a limit the opener fails to enforce shows up
   * within the small inputs a fuzzer makes (a few KiB of DEFLATE already unpack to megabytes).
   */
  public static final BundleLimits LIMITS = new BundleLimits(1L << 20, 256L << 10, 32);

  /** The kit id (common name) of the fixture kit. */
  public static final String KIT_ID = "kit-fuzz";

  /** Classpath location of a bundle sealed by the fixture kit for the fixture hub. */
  public static final String SAMPLE_BUNDLE_RESOURCE = "/de/buergerkoffer/bundle/fuzz-sample.der";

  /** Case id of the one case in the sample bundle and in {@link #sampleZip()}. */
  public static final UUID SAMPLE_CASE_ID = UUID.fromString("3f2c9a4e-8d1b-4c7e-9a55-0b6e2f41d8c3");

  private static final Credential CA;
  private static final Credential HUB_ENCRYPTION;
  private static final Credential KIT;

  static {
    Pki.init();
    KeyPair caKeys = keys("ca");
    X500Name caName = Pki.subject("Fuzz CA", Role.CA);
    X509Certificate caCert =
        certificate(caName, caKeys.getPrivate(), caName, caKeys.getPublic(), Role.CA, 1);
    CA = new Credential(caKeys.getPrivate(), caCert, List.of());
    HUB_ENCRYPTION = issue("hub", Role.HUB_ENCRYPTION, 2);
    KIT = issue(KIT_ID, Role.KIT, 3);
  }

  private FuzzFixture() {}

  /** The hub's opener with {@link #LIMITS} at {@link #CLOCK}. */
  public static BundleOpener opener() {
    return new BundleOpener(HUB_ENCRYPTION, CA.certificate(), LIMITS, CLOCK);
  }

  /** Signs the ZIP with the fixture kit and encrypts it for the fixture hub, as a kit would. */
  public static byte[] seal(byte[] zip) {
    return envelope(Cms.sign(zip, KIT));
  }

  /** Encrypts any bytes for the fixture hub: what anyone holding the hub's certificate can do. */
  public static byte[] envelope(byte[] content) {
    return Cms.encrypt(content, List.of(HUB_ENCRYPTION.certificate()));
  }

  /** Signs any bytes with the fixture kit. */
  public static byte[] sign(byte[] content) {
    return Cms.sign(content, KIT);
  }

  /** The case inside the sample bundle. */
  public static CaseData sampleCase() {
    return new CaseData(
        SAMPLE_CASE_ID,
        "BK07-000002-6",
        "meldebescheinigung",
        1,
        Instant.parse("2025-06-01T07:15:02.123Z"),
        "m.mueller",
        Map.of(
            "familyName", "Weiß",
            "givenNames", "Jürgen Ömer",
            "birthDate", "1941-02-28",
            "city", "Großröhrsdorf"));
  }

  /** The ZIP inside the sample bundle (manifest and the sample case), as the kit built it. */
  public static byte[] sampleZip() {
    try {
      return Cms.verify(sampleSignedData()).content();
    } catch (CmsException e) {
      throw new IllegalStateException("the sample bundle's signature does not verify", e);
    }
  }

  /** The SignedData inside the sample bundle. */
  public static byte[] sampleSignedData() {
    try {
      return Cms.decrypt(sampleBundle(), HUB_ENCRYPTION);
    } catch (CmsException e) {
      throw new IllegalStateException("the sample bundle does not open; run FuzzFixture.main", e);
    }
  }

  /** The bytes of {@link #SAMPLE_BUNDLE_RESOURCE}. */
  public static byte[] sampleBundle() {
    try (InputStream in = FuzzFixture.class.getResourceAsStream(SAMPLE_BUNDLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            SAMPLE_BUNDLE_RESOURCE + " is missing; run FuzzFixture.main");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the sample bundle anew: {@code main(bundle/src/test/resources)}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0], SAMPLE_BUNDLE_RESOURCE.substring(1));
    Files.createDirectories(file.getParent());
    Files.write(file, sealSample());
    System.out.println("wrote " + file);
  }

  private static byte[] sealSample() {
    return new BundleSealer(KIT, List.of(HUB_ENCRYPTION.certificate()), CLOCK)
        .seal(List.of(sampleCase()))
        .bytes();
  }

  private static Credential issue(String commonName, Role role, long serial) {
    KeyPair keys = keys(commonName + "/" + role);
    X500Name issuer = X500Name.getInstance(CA.certificate().getSubjectX500Principal().getEncoded());
    X509Certificate cert =
        certificate(
            issuer, CA.privateKey(), Pki.subject(commonName, role), keys.getPublic(), role, serial);
    return new Credential(keys.getPrivate(), cert, List.of(CA.certificate()));
  }

  /** A P-256 key pair that is the same in every run for the same label. */
  private static KeyPair keys(String label) {
    try {
      SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
      seeded.setSeed(("buergerkoffer fuzz fixture " + label).getBytes(StandardCharsets.UTF_8));
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Pki.PROVIDER);
      generator.initialize(new ECGenParameterSpec("secp256r1"), seeded);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same profile as {@code Pki}'s certificates, but with a fixed serial and validity. */
  private static X509Certificate certificate(
      X500Name issuer,
      PrivateKey issuerKey,
      X500Name subject,
      PublicKey subjectKey,
      Role role,
      long serial) {
    Instant from = Instant.parse("2025-01-01T00:00:00Z");
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(serial),
              Date.from(from),
              Date.from(from.plus(Duration.ofDays(3650))),
              subject,
              subjectKey);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(role == Role.CA));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              switch (role) {
                case CA -> KeyUsage.keyCertSign | KeyUsage.cRLSign;
                case KIT, HUB_SIGNING, BROKER -> KeyUsage.digitalSignature;
                case HUB_ENCRYPTION -> KeyUsage.keyAgreement;
              }));
      return new JcaX509CertificateConverter()
          .setProvider(Pki.PROVIDER)
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA")
                      .setProvider(Pki.PROVIDER)
                      .build(issuerKey)));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make fixture certificate for " + subject, e);
    }
  }
}
