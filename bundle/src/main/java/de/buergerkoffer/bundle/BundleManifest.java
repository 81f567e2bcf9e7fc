package de.buergerkoffer.bundle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The table of contents of a bundle, stored as {@code manifest.json} inside the ZIP. Every other
 * entry is listed with its size and SHA-256; an entry that is missing, extra or different makes the
 * whole bundle invalid.
 *
 * @param format always {@link BundleFormat#NAME}
 * @param version format version {@code major.minor}; readers reject an unknown major
 * @param bundleId identity of this bundle, the idempotency key of a transfer
 * @param kitId the kit that sealed it; must equal the signer certificate's common name
 * @param createdAt when it was sealed
 * @param caseIds the cases inside
 * @param forms the form id and version of each case's form
 * @param entries every other ZIP entry
 */
public record BundleManifest(
    String format,
    String version,
    UUID bundleId,
    String kitId,
    Instant createdAt,
    List<UUID> caseIds,
    List<FormRef> forms,
    List<Entry> entries) {

  public BundleManifest {
    caseIds = List.copyOf(caseIds);
    forms = List.copyOf(forms);
    entries = List.copyOf(entries);
  }

  /** One ZIP entry: its path inside the ZIP, its size in bytes, its lower-case hex SHA-256. */
  public record Entry(String name, long size, String sha256) {}

  /** A form id and the version a case was captured with. */
  public record FormRef(String formId, int version) {}
}
