package de.buergerkoffer.kit.receipt;

import de.buergerkoffer.bundle.crypto.PlainSignature;
import de.buergerkoffer.forms.seal.ReceiptSigner;
import java.security.PrivateKey;

/**
 * Signs receipt seals with the kit's enrolled key: signer id = kit id, ECDSA P-256/SHA-256 in the
 * 64-byte plain form, as {@link ReceiptSigner} asks. The hub checks it with the kit's certificate.
 */
record KitSealSigner(String kitId, PrivateKey key) implements ReceiptSigner {

  @Override
  public String signerId() {
    return kitId;
  }

  @Override
  public byte[] sign(byte[] data) {
    return PlainSignature.sign(key, data);
  }
}
