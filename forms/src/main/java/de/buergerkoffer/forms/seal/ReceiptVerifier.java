package de.buergerkoffer.forms.seal;

/**
 * Checks a receipt seal's signature; the town hall implements it with the certificates of its kits
 * (the counterpart of {@link ReceiptSigner}).
 */
public interface ReceiptVerifier {

  /**
   * Whether {@code signature} is a valid signature of {@code data} by the key of {@code signerId}.
   * False for an unknown signer (and, at the implementer's choice, for a revoked one).
   */
  boolean verify(String signerId, byte[] data, byte[] signature);
}
