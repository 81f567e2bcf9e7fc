package de.buergerkoffer.bundle;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bundle that passed every check: decrypted for us, signed by a kit our CA certified, manifest
 * and entries consistent.
 *
 * @param manifest the bundle's manifest
 * @param cases the cases, in manifest order
 * @param attachments the documents of each case, keyed by case id (cases without documents absent)
 * @param signer the kit certificate that signed the bundle
 * @param sha256 SHA-256 of the sealed bytes as received
 */
public record OpenedBundle(
    BundleManifest manifest,
    List<CaseData> cases,
    Map<UUID, List<Attachment>> attachments,
    X509Certificate signer,
    String sha256) {

  public OpenedBundle {
    cases = List.copyOf(cases);
    attachments = Map.copyOf(attachments);
  }

  /** The documents of one case, empty when it has none. */
  public List<Attachment> attachmentsOf(UUID caseId) {
    return attachments.getOrDefault(caseId, List.of());
  }
}
