package de.buergerkoffer.forms.seal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;

/**
 * A kit's receipt key for tests: plain ECDSA P-256 from the JDK, signatures in the 64-byte P1363
 * form the kit will use. Stands in for the kit's enrolled key (module bundle).
 */
public final class TestKeys {

  private TestKeys() {}

  /** A fresh P-256 key pair. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A signer for {@code signerId} with this key. */
  public static ReceiptSigner signer(String signerId, KeyPair keys) {
    return new ReceiptSigner() {
      @Override
      public String signerId() {
        return signerId;
      }

      @Override
      public byte[] sign(byte[] data) {
        try {
          Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
          ecdsa.initSign(keys.getPrivate());
          ecdsa.update(data);
          return ecdsa.sign();
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  /** A verifier that knows exactly these signers' public keys. */
  public static ReceiptVerifier verifier(Map<String, PublicKey> known) {
    return (signerId, data, signature) -> {
      PublicKey key = known.get(signerId);
      if (key == null) {
        return false;
      }
      try {
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initVerify(key);
        ecdsa.update(data);
        return ecdsa.verify(signature);
      } catch (GeneralSecurityException e) {
        return false;
      }
    };
  }
}
