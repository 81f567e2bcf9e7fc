package de.buergerkoffer.bundle.crypto;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key together with its certificate: what a kit signs bundles with, or what the hub
 * decrypts and signs acknowledgements with.
 *
 * <p>The private key never leaves the machine that generated it; a credential is only ever loaded
 * from that machine's encrypted key store.
 *
 * @param privateKey the key, kept in memory only while the application runs
 * @param certificate the certificate for that key, issued by the hub CA (or the CA's own)
 * @param chain issuer certificates up to and including the root, possibly empty
 */
public record Credential(
    PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

  /** Takes the key as the cryptography provider's own object ({@link Pki#providerKey}). */
  public Credential {
    privateKey = Pki.providerKey(privateKey);
    chain = List.copyOf(chain);
  }

  /** The certificate followed by its issuer chain, in the order a key store expects. */
  public List<X509Certificate> fullChain() {
    var all = new java.util.ArrayList<X509Certificate>();
    all.add(certificate);
    all.addAll(chain);
    return List.copyOf(all);
  }
}
