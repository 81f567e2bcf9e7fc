package de.buergerkoffer.hardware.idcard.icao;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.sf.scuba.data.Gender;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.TerminalAuthenticationInfo;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;

/**
 * Builds what a test chip serves: DG1 with the ICAO 9303 specimen passport (Anna Maria Eriksson,
 * Utopia), DG2 with a small JPEG, DG14 with a chip authentication key (for EAC chips), and an
 * EF.SOD signed by a document signer whose certificate was issued by a test CSCA.
 */
final class TestDocuments {

  static final String MRZ =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
          + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  static final String NUMBER = "L898902C3";
  static final String BIRTH = "740812";
  static final String EXPIRY = "120415";

  final KeyPair csca;
  final X509Certificate cscaCertificate;
  final KeyPair documentSigner;
  final X509Certificate documentSignerCertificate;
  final byte[] dg1;
  final byte[] dg2;
  final byte[] jpeg;
  final KeyPair chipKey;
  final byte[] dg14;

  TestDocuments(Instant now) throws Exception {
    csca = ecKeyPair();
    cscaCertificate =
        certificate(
            "C=UT,O=Utopia,CN=CSCA Utopia",
            csca.getPublic(),
            csca,
            "C=UT,O=Utopia,CN=CSCA Utopia",
            true,
            now);
    documentSigner = ecKeyPair();
    documentSignerCertificate =
        certificate(
            "C=UT,O=Utopia,CN=DS Utopia 1",
            documentSigner.getPublic(),
            csca,
            "C=UT,O=Utopia,CN=CSCA Utopia",
            false,
            now);
    dg1 = new DG1File(new MRZInfo(MRZ)).getEncoded();
    jpeg = jpeg();
    FaceImageInfo image =
        new FaceImageInfo(
            Gender.FEMALE,
            FaceImageInfo.EyeColor.BLUE,
            0,
            FaceImageInfo.HAIR_COLOR_UNSPECIFIED,
            FaceImageInfo.EXPRESSION_NEUTRAL,
            new int[3],
            new int[3],
            FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL,
            FaceImageInfo.IMAGE_COLOR_SPACE_RGB24,
            FaceImageInfo.SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAM,
            0,
            0,
            new FaceImageInfo.FeaturePoint[0],
            60,
            80,
            new ByteArrayInputStream(jpeg),
            jpeg.length,
            FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
    dg2 = new DG2File(List.of(new FaceInfo(List.of(image)))).getEncoded();
    chipKey = ecKeyPair();
    dg14 =
        new DG14File(
                List.of(
                    new ChipAuthenticationPublicKeyInfo(
                        SecurityInfo.ID_PK_ECDH, chipKey.getPublic()),
                    new ChipAuthenticationInfo(EacChip.CA_OID, ChipAuthenticationInfo.VERSION_1),
                    new TerminalAuthenticationInfo()))
            .getEncoded();
  }

  /** EF.SOD over DG1, DG2 and DG14: a chip that offers chip authentication. */
  byte[] sodWithDg14() throws GeneralSecurityException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    Map<Integer, byte[]> hashes =
        Map.of(1, sha256.digest(dg1), 2, sha256.digest(dg2), 14, sha256.digest(dg14));
    return new SODFile(
            "SHA-256",
            "SHA256withECDSA",
            hashes,
            documentSigner.getPrivate(),
            documentSignerCertificate)
        .getEncoded();
  }

  /** EF.SOD over the real DG1 and DG2, signed by the document signer. */
  byte[] sod() throws GeneralSecurityException {
    return sodOver(dg1, dg2, documentSigner.getPrivate(), documentSignerCertificate);
  }

  /** EF.SOD whose DG1 hash is of a different DG1 (the chip's DG1 was changed after signing). */
  byte[] sodForOtherDg1() throws GeneralSecurityException {
    byte[] other =
        new DG1File(
                new MRZInfo(
                    "P<UTOMALLORY<<EVE<<<<<<<<<<<<<<<<<<<<<<<<<<<"
                        + "L898902C36UTO7408122F1204159ZE184226B<<<<<10"))
            .getEncoded();
    return sodOver(other, dg2, documentSigner.getPrivate(), documentSignerCertificate);
  }

  static byte[] sodOver(byte[] dg1, byte[] dg2, PrivateKey key, X509Certificate certificate)
      throws GeneralSecurityException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    Map<Integer, byte[]> hashes = Map.of(1, sha256.digest(dg1), 2, sha256.digest(dg2));
    return new SODFile("SHA-256", "SHA256withECDSA", hashes, key, certificate).getEncoded();
  }

  static KeyPair ecKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  static X509Certificate certificate(
      String subject, PublicKey key, KeyPair issuer, String issuerName, boolean ca, Instant now)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    var builder =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuerName),
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(30, ChronoUnit.DAYS)),
            Date.from(now.plus(3650, ChronoUnit.DAYS)),
            new X500Name(subject),
            key);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
  }

  private static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xD0, 0xB0, 0x90));
    g.fillRect(0, 0, 60, 80);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(15, 10, 30, 40);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
