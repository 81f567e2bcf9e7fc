package de.buergerkoffer.hardware.idcard.icao;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.KeyAgreement;
import org.ejbca.cvc.AuthorizationRole;
import org.ejbca.cvc.CVCertificate;
import org.ejbca.cvc.CVCertificateBody;
import org.ejbca.cvc.CertificateParser;
import org.ejbca.cvc.PublicKeyEC;
import org.jmrtd.lds.SecurityInfo;

/**
 * The chip side of extended access control version 1 for {@link VirtualPassport}, written from BSI
 * TR-03110 (part 1 v2.20 / 1.11 and part 3 B.11) and ICAO 9303 part 11 with JDK primitives (SunEC)
 * and the CVC library only to parse certificates – not with JMRTD's protocol code, which the reader
 * under test uses.
 *
 * <p>Chip authentication (id-CA-ECDH-AES-CBC-CMAC-128, version 1): MSE:Set AT selects the protocol,
 * GENERAL AUTHENTICATE brings the terminal's ephemeral key; the chip answers with its static key's
 * ECDH secret turned into new AES session keys. Terminal authentication: MSE:Set DST names the key
 * that verifies the next certificate (first the CVCA in EF.CVCA), PSO:Verify Certificate checks
 * signature, authority, role and expiry against the chip's date and imports the holder's key,
 * MSE:Set AT selects the IS key, GET CHALLENGE, EXTERNAL AUTHENTICATE verifies the terminal's
 * signature over ID_PICC ‖ r_PICC ‖ Comp(ephemeral terminal key).
 */
final class EacChip {

  static final String CA_OID = SecurityInfo.ID_CA_ECDH_AES_CBC_CMAC_128;
  private static final int OK = 0x9000;
  private static final int VERIFICATION_FAILED = 0x6300;
  private static final int CONDITIONS_NOT_SATISFIED = 0x6985;
  private static final int WRONG_DATA = 0x6A80;
  private static final int REFERENCE_NOT_FOUND = 0x6A88;

  /** What the chip trusts: the CVCA's reference and key, and the chip's notion of today. */
  record TrustPoint(String cvcaReference, PublicKey cvcaKey, LocalDate chipDate) {}

  private record ImportedKey(PublicKey key, AuthorizationRole role) {}

  private final PrivateKey chipKey;
  private final SecureRandom random = new SecureRandom();
  private TrustPoint trustPoint;

  private boolean chipAuthenticationSelected;
  private byte[] terminalEphemeralX;
  private final Map<String, ImportedKey> imported = new HashMap<>();
  private ImportedKey verifying;
  private ImportedKey authenticating;
  private byte[] challenge;
  private volatile boolean terminalAuthenticated;

  /**
   * @param chipKey the chip authentication private key (its public half is in DG14)
   */
  EacChip(PrivateKey chipKey) {
    this.chipKey = chipKey;
  }

  void trust(TrustPoint trustPoint) {
    this.trustPoint = trustPoint;
  }

  /** Whether the last terminal authentication succeeded (for the tests' assertions). */
  boolean terminalAuthenticated() {
    return terminalAuthenticated;
  }

  void reset() {
    chipAuthenticationSelected = false;
    terminalEphemeralX = null;
    imported.clear();
    verifying = null;
    authenticating = null;
    challenge = null;
  }

  /** MSE:Set AT for chip authentication: {@code 80} protocol OID, optional {@code 84} key id. */
  int setChipAuthenticationTemplate(byte[] data) {
    byte[] oid = valueOf(data, 0x80);
    chipAuthenticationSelected = oid != null && Arrays.equals(oid, oidBytes(CA_OID));
    return chipAuthenticationSelected ? OK : WRONG_DATA;
  }

  /**
   * GENERAL AUTHENTICATE with {@code 7C { 80 ephemeral key }}: returns the new session keys {K_enc,
   * K_mac}, or null when the command does not fit.
   */
  byte[][] chipAuthentication(byte[] data) throws GeneralSecurityException {
    if (!chipAuthenticationSelected) {
      return null;
    }
    chipAuthenticationSelected = false;
    byte[] inner = valueOf(data, 0x7C);
    byte[] point = inner == null ? null : valueOf(inner, 0x80);
    if (point == null || point.length != 65 || point[0] != 0x04) {
      return null;
    }
    ECParameterSpec params = ((ECPrivateKey) chipKey).getParams();
    byte[] x = Arrays.copyOfRange(point, 1, 33);
    byte[] y = Arrays.copyOfRange(point, 33, 65);
    PublicKey terminalKey =
        KeyFactory.getInstance("EC")
            .generatePublic(
                new ECPublicKeySpec(
                    new ECPoint(new BigInteger(1, x), new BigInteger(1, y)), params));
    KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
    agreement.init(chipKey);
    agreement.doPhase(terminalKey, true);
    byte[] secret = agreement.generateSecret();
    terminalEphemeralX = x;
    imported.clear();
    return new byte[][] {kdf(secret, 1), kdf(secret, 2)};
  }

  /** MSE:Set DST: {@code 83} names the key that verifies the next certificate. */
  int setVerificationKey(byte[] data) {
    byte[] reference = valueOf(data, 0x83);
    if (trustPoint == null || terminalEphemeralX == null || reference == null) {
      return CONDITIONS_NOT_SATISFIED;
    }
    String name = new String(reference, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (name.equals(trustPoint.cvcaReference())) {
      verifying = new ImportedKey(trustPoint.cvcaKey(), org.ejbca.cvc.AuthorizationRoleEnum.CVCA);
      return OK;
    }
    verifying = imported.get(name);
    return verifying == null ? REFERENCE_NOT_FOUND : OK;
  }

  /** PSO:Verify Certificate with {@code 7F4E body ‖ 5F37 signature}. */
  int verifyCertificate(byte[] data) {
    if (verifying == null) {
      return CONDITIONS_NOT_SATISFIED;
    }
    try {
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      whole.write(0x7F);
      whole.writeBytes(VirtualPassport.tlv(0x21, data));
      CVCertificate certificate = CertificateParser.parseCertificate(whole.toByteArray());
      CVCertificateBody body = certificate.getCertificateBody();
      AuthorizationRole role =
          body.getAuthorizationTemplate().getAuthorizationField().getAuthRole();
      boolean roleFits =
          verifying.role().isCVCA()
              ? role.isDV() || role.isCVCA()
              : verifying.role().isDV() && role.isIS();
      LocalDate validTo = body.getValidTo().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      if (!roleFits || validTo.isBefore(trustPoint.chipDate())) {
        return VERIFICATION_FAILED;
      }
      certificate.verify(verifying.key(), "SunEC");
      PublicKeyEC holderKey = (PublicKeyEC) body.getPublicKey();
      ECParameterSpec params =
          holderKey.getParams() != null
              ? holderKey.getParams()
              : ((ECPublicKey) verifying.key()).getParams();
      PublicKey key =
          KeyFactory.getInstance("EC")
              .generatePublic(new ECPublicKeySpec(holderKey.getW(), params));
      imported.put(body.getHolderReference().getConcatenated(), new ImportedKey(key, role));
      return OK;
    } catch (Exception e) {
      return VERIFICATION_FAILED;
    } finally {
      verifying = null;
    }
  }

  /** MSE:Set AT for external authentication: {@code 83} names the verified IS certificate. */
  int setAuthenticationKey(byte[] data) {
    byte[] reference = valueOf(data, 0x83);
    ImportedKey key =
        reference == null
            ? null
            : imported.get(new String(reference, java.nio.charset.StandardCharsets.ISO_8859_1));
    authenticating = key != null && key.role().isIS() ? key : null;
    return authenticating == null ? REFERENCE_NOT_FOUND : OK;
  }

  byte[] challenge() {
    challenge = new byte[8];
    random.nextBytes(challenge);
    return challenge.clone();
  }

  /**
   * EXTERNAL AUTHENTICATE: the terminal's plain (r ‖ s) ECDSA signature over ID_PICC ‖ r_PICC ‖
   * Comp(ephemeral PK_PCD), with the hash of the IS certificate's algorithm.
   */
  int externalAuthenticate(byte[] signature, byte[] chipId) {
    if (authenticating == null || challenge == null || chipId == null) {
      return CONDITIONS_NOT_SATISFIED;
    }
    try {
      ByteArrayOutputStream signed = new ByteArrayOutputStream();
      signed.writeBytes(chipId);
      signed.writeBytes(challenge);
      signed.writeBytes(terminalEphemeralX);
      Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
      verifier.initVerify(authenticating.key());
      verifier.update(signed.toByteArray());
      terminalAuthenticated = verifier.verify(signature);
      return terminalAuthenticated ? OK : VERIFICATION_FAILED;
    } catch (GeneralSecurityException | RuntimeException e) {
      return VERIFICATION_FAILED;
    } finally {
      challenge = null;
    }
  }

  /** The value of the first top-level data object with this one-byte tag, or null. */
  private static byte[] valueOf(byte[] data, int tag) {
    for (int i = 0; i < data.length; ) {
      int t = data[i] & 0xFF;
      int first = data[i + 1] & 0xFF;
      int length = first;
      int lengthBytes = 1;
      if (first > 0x80) {
        lengthBytes += first & 0x7F;
        length = 0;
        for (int k = 0; k < (first & 0x7F); k++) {
          length = (length << 8) | (data[i + 2 + k] & 0xFF);
        }
      }
      int start = i + 1 + lengthBytes;
      if (t == tag) {
        return Arrays.copyOfRange(data, start, start + length);
      }
      i = start + length;
    }
    return null;
  }

  private static byte[] oidBytes(String oid) {
    try {
      byte[] der = new org.bouncycastle.asn1.ASN1ObjectIdentifier(oid).getEncoded();
      return Arrays.copyOfRange(der, 2, der.length);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** KDF for AES-128 (TR-03110 A.2.3): first 16 bytes of SHA-1(K ‖ counter). */
  private static byte[] kdf(byte[] secret, int counter) throws GeneralSecurityException {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    sha1.update(secret);
    sha1.update(new byte[] {0, 0, 0, (byte) counter});
    return Arrays.copyOf(sha1.digest(), 16);
  }
}
