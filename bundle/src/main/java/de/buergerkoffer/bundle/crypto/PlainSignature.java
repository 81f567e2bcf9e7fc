package de.buergerkoffer.bundle.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * ECDSA P-256 with SHA-256 in the plain 64-byte form {@code r || s} (BSI TR-03111), for signatures
 * that must be small, such as the receipt seal in a QR code (module {@code forms}, {@code seal}).
 * CMS remains the format for everything else.
 */
public final class PlainSignature {

  private static final String ALGORITHM = "SHA256withPLAIN-ECDSA";

  private PlainSignature() {}

  /** The 64-byte signature of {@code data} by {@code key} (a P-256 key). */
  public static byte[] sign(PrivateKey key, byte[] data) {
    Pki.init();
    try {
      Signature ecdsa = Signature.getInstance(ALGORITHM, Pki.PROVIDER);
      ecdsa.initSign(key);
      ecdsa.update(data);
      return ecdsa.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the kit key", e);
    }
  }

  /** Whether {@code signature} is a valid plain signature of {@code data} by {@code key}. */
  public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    Pki.init();
    try {
      Signature ecdsa = Signature.getInstance(ALGORITHM, Pki.PROVIDER);
      ecdsa.initVerify(key);
      ecdsa.update(data);
      return ecdsa.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
