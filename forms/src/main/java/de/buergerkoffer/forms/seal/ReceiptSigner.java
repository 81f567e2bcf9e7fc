package de.buergerkoffer.forms.seal;

/**
 * Signs receipt seals with the kit's key. Kept as an interface so the forms module holds no key and
 * no crypto provider: the kit implements it with the key of its enrollment (module {@code bundle},
 * {@code crypto.Pki}); tests use a throw-away key.
 *
 * <p>Contract: {@link #sign} returns a signature of at most 255 bytes over exactly the given bytes.
 * For the kit's P-256 key use ECDSA with SHA-256 in the plain 64-byte form {@code r || s} (JDK:
 * {@code SHA256withECDSAinP1363Format}, Bouncy Castle: {@code SHA256withPLAIN-ECDSA}, the format of
 * BSI TR-03111), not DER, to keep the QR code small.
 */
public interface ReceiptSigner {

  /** Who signs, e.g. the kit id; the town hall finds the certificate by it. ASCII, 1–64 chars. */
  String signerId();

  /** The signature over {@code data}. */
  byte[] sign(byte[] data);
}
