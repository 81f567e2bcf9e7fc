package de.buergerkoffer.bundle;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A bundle that passed every check: decrypted for us, signed by a kit our CA certified, manifest
 * and entries consistent.
 *
 * @param manifest the bundle's manifest
 * @param cases the cases, in manifest order
 * @param signer the kit certificate that signed the bundle
 * @param sha256 SHA-256 of the sealed bytes as received
 */
public record OpenedBundle(
    BundleManifest manifest, List<CaseData> cases, X509Certificate signer, String sha256) {

  public OpenedBundle {
    cases = List.copyOf(cases);
  }
}
