package de.buergerkoffer.bundle;

import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.CmsException;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a sealed bundle on the hub and checks everything a bundle promises, in this order: size,
 * decryption (for our key, GCM tag intact), signature, signer certified by our CA as a kit,
 * container (safe entry names, size and count limits), manifest (format and major version), entries
 * (size and SHA-256 as listed, nothing extra), kit id equal to the signer, case data.
 *
 * <p>The first failing check ends the work with a {@link BundleRejectedException} that names the
 * reason; nothing of a rejected bundle is returned.
 */
public final class BundleOpener {

  private final Credential hubEncryption;
  private final X509Certificate ca;
  private final BundleLimits limits;
  private final Clock clock;

  public BundleOpener(
      Credential hubEncryption, X509Certificate ca, BundleLimits limits, Clock clock) {
    this.hubEncryption = hubEncryption;
    this.ca = ca;
    this.limits = limits;
    this.clock = clock;
  }

  /** Opens and checks the bundle, or says why not. */
  public OpenedBundle open(byte[] sealed) throws BundleRejectedException {
    if (sealed.length > limits.maxSealedBytes()) {
      throw new BundleRejectedException(
          RejectReason.OVERSIZED,
          "sealed bundle has " + sealed.length + " bytes, limit is " + limits.maxSealedBytes());
    }
    Cms.Verified verified = verify(decrypt(sealed));
    try {
      Pki.verifyIssued(verified.signer(), ca, Role.KIT, clock.instant());
    } catch (GeneralSecurityException e) {
      throw new BundleRejectedException(RejectReason.UNTRUSTED_SIGNER, e.getMessage(), e);
    }
    Map<String, byte[]> entries = unzip(verified.content());
    BundleManifest manifest = manifest(entries.remove(BundleFormat.MANIFEST));
    checkEntries(manifest, entries);
    String signerKitId = Pki.commonName(verified.signer());
    if (!signerKitId.equals(manifest.kitId())) {
      throw new BundleRejectedException(
          RejectReason.SIGNER_MISMATCH,
          "manifest names kit " + manifest.kitId() + " but " + signerKitId + " signed it");
    }
    List<CaseData> cases = new ArrayList<>();
    for (var caseId : manifest.caseIds()) {
      byte[] json = entries.get(BundleFormat.CASES_FOLDER + caseId + ".json");
      if (json == null) {
        throw new BundleRejectedException(
            RejectReason.MALFORMED, "case " + caseId + " is listed but has no entry");
      }
      CaseData c = parse(json, CaseData.class, RejectReason.INVALID_CASE_DATA);
      if (!c.caseId().equals(caseId)) {
        throw new BundleRejectedException(
            RejectReason.INVALID_CASE_DATA, "entry for case " + caseId + " holds " + c.caseId());
      }
      cases.add(c);
    }
    return new OpenedBundle(
        manifest, cases, attachments(manifest, entries), verified.signer(), Pki.sha256Hex(sealed));
  }

  /**
   * Every entry besides manifest and case JSON must be an attachment of a listed case with an
   * acceptable name.
   */
  private static Map<UUID, List<Attachment>> attachments(
      BundleManifest manifest, Map<String, byte[]> entries) throws BundleRejectedException {
    Map<UUID, List<Attachment>> result = new HashMap<>();
    for (var entry : entries.entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(BundleFormat.CASES_FOLDER)) {
        continue;
      }
      String[] parts = name.split("/");
      UUID caseId = parts.length == 3 ? caseIdOrNull(parts[1]) : null;
      if (!name.startsWith(BundleFormat.ATTACHMENTS_FOLDER)
          || caseId == null
          || !manifest.caseIds().contains(caseId)
          || !Attachment.isAcceptableName(parts[2])) {
        throw new BundleRejectedException(
            RejectReason.UNSAFE_ENTRY, "entry is neither case data nor an attachment: " + name);
      }
      result
          .computeIfAbsent(caseId, id -> new ArrayList<>())
          .add(new Attachment(parts[2], entry.getValue()));
    }
    result.values().forEach(list -> list.sort(java.util.Comparator.comparing(Attachment::name)));
    return result;
  }

  private static UUID caseIdOrNull(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equals(text) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private byte[] decrypt(byte[] sealed) throws BundleRejectedException {
    try {
      return Cms.decrypt(sealed, hubEncryption);
    } catch (CmsException e) {
      RejectReason reason =
          switch (e.kind()) {
            case NOT_A_RECIPIENT -> RejectReason.NOT_FOR_THIS_HUB;
            case DECRYPTION_FAILED -> RejectReason.DECRYPTION_FAILED;
            default -> RejectReason.MALFORMED;
          };
      throw new BundleRejectedException(reason, e.getMessage(), e);
    }
  }

  private static Cms.Verified verify(byte[] signedData) throws BundleRejectedException {
    try {
      return Cms.verify(signedData);
    } catch (CmsException e) {
      RejectReason reason =
          e.kind() == CmsException.Kind.MALFORMED
              ? RejectReason.MALFORMED
              : RejectReason.BAD_SIGNATURE;
      throw new BundleRejectedException(reason, e.getMessage(), e);
    }
  }

  private Map<String, byte[]> unzip(byte[] zip) throws BundleRejectedException {
    Map<String, byte[]> entries = new HashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String name = entry.getName();
        if (!isSafeName(name) || entry.isDirectory()) {
          throw new BundleRejectedException(
              RejectReason.UNSAFE_ENTRY, "unsafe entry name in bundle: " + name);
        }
        if (entries.size() >= limits.maxEntries()) {
          throw new BundleRejectedException(
              RejectReason.OVERSIZED, "more than " + limits.maxEntries() + " entries");
        }
        byte[] bytes = readLimited(in, limits.maxUnpackedBytes() - total);
        total += bytes.length;
        if (entries.put(name, bytes) != null) {
          throw new BundleRejectedException(
              RejectReason.UNSAFE_ENTRY, "entry appears twice: " + name);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new BundleRejectedException(RejectReason.MALFORMED, "not a readable ZIP", e);
    }
    if (entries.isEmpty()) {
      throw new BundleRejectedException(RejectReason.MALFORMED, "bundle ZIP is empty");
    }
    return entries;
  }

  private byte[] readLimited(InputStream in, long budget)
      throws IOException, BundleRejectedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long read = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      read += n;
      if (read > budget) {
        throw new BundleRejectedException(
            RejectReason.OVERSIZED,
            "unpacked bundle exceeds " + limits.maxUnpackedBytes() + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static boolean isSafeName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static BundleManifest manifest(byte[] json) throws BundleRejectedException {
    if (json == null) {
      throw new BundleRejectedException(RejectReason.MALFORMED, "manifest.json is missing");
    }
    BundleManifest manifest = parse(json, BundleManifest.class, RejectReason.MALFORMED);
    if (!BundleFormat.NAME.equals(manifest.format())) {
      throw new BundleRejectedException(
          RejectReason.MALFORMED, "not a bundle manifest: format " + manifest.format());
    }
    String version = String.valueOf(manifest.version());
    String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    if (!major.equals(String.valueOf(BundleFormat.MAJOR))) {
      throw new BundleRejectedException(
          RejectReason.UNSUPPORTED_VERSION,
          "bundle format version "
              + version
              + " is not supported; this hub reads major version "
              + BundleFormat.MAJOR);
    }
    if (manifest.bundleId() == null || manifest.kitId() == null || manifest.caseIds().isEmpty()) {
      throw new BundleRejectedException(
          RejectReason.MALFORMED, "manifest lacks bundle id, kit id or cases");
    }
    return manifest;
  }

  private static void checkEntries(BundleManifest manifest, Map<String, byte[]> entries)
      throws BundleRejectedException {
    if (manifest.entries().size() != entries.size()) {
      throw new BundleRejectedException(
          RejectReason.UNSAFE_ENTRY,
          "manifest lists " + manifest.entries().size() + " entries, ZIP has " + entries.size());
    }
    // distinct names, as many as in the ZIP, each present: then the listing is exactly the ZIP
    Set<String> seen = new HashSet<>();
    for (BundleManifest.Entry listed : manifest.entries()) {
      if (!seen.add(listed.name())) {
        throw new BundleRejectedException(
            RejectReason.UNSAFE_ENTRY, "manifest lists an entry twice: " + listed.name());
      }
      byte[] bytes = entries.get(listed.name());
      if (bytes == null) {
        throw new BundleRejectedException(
            RejectReason.HASH_MISMATCH, "listed entry is missing: " + listed.name());
      }
      if (bytes.length != listed.size() || !Pki.sha256Hex(bytes).equals(listed.sha256())) {
        throw new BundleRejectedException(
            RejectReason.HASH_MISMATCH, "entry differs from manifest: " + listed.name());
      }
    }
  }

  private static <T> T parse(byte[] json, Class<T> type, RejectReason reason)
      throws BundleRejectedException {
    try {
      return WireJson.mapper().readValue(json, type);
    } catch (IOException | RuntimeException e) {
      throw new BundleRejectedException(
          reason, "invalid " + type.getSimpleName() + " JSON: " + e.getMessage(), e);
    }
  }
}
