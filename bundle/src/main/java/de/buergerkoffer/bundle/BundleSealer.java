package de.buergerkoffer.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Seals cases into a bundle on the kit: ZIP (case JSON + manifest), signed with the kit's key (CMS
 * SignedData), then encrypted for every recipient (CMS AuthEnvelopedData, AES-256-GCM).
 *
 * <p>Sealing is pure: it needs no network and no hub, so a kit seals while offline and the sealed
 * bytes wait in the outbox.
 */
public final class BundleSealer {

  private final Credential kit;
  private final List<X509Certificate> recipients;
  private final Clock clock;

  /**
   * @param kit the kit's credential; its common name is the kit id
   * @param recipients certificates to encrypt for: the hub's encryption certificate, optionally an
   *     archive key
   * @param clock the one clock
   */
  public BundleSealer(Credential kit, List<X509Certificate> recipients, Clock clock) {
    this.kit = kit;
    this.recipients = List.copyOf(recipients);
    this.clock = clock;
  }

  /** Seals cases without documents into a new bundle with a fresh bundle id. */
  public SealedBundle seal(List<CaseData> cases) {
    return sealContents(cases.stream().map(CaseContent::of).toList());
  }

  /** Seals cases with their documents into a new bundle with a fresh bundle id. */
  public SealedBundle sealContents(List<CaseContent> contents) {
    if (contents.isEmpty()) {
      throw new IllegalArgumentException("a bundle holds at least one case");
    }
    List<CaseData> cases = contents.stream().map(CaseContent::data).toList();
    UUID bundleId = UUID.randomUUID();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (CaseContent content : contents) {
      entries.put(
          BundleFormat.CASES_FOLDER + content.data().caseId() + ".json", json(content.data()));
      for (Attachment a : content.attachments()) {
        entries.put(content.entryName(a), a.data());
      }
    }
    List<BundleManifest.Entry> listed = new ArrayList<>();
    entries.forEach(
        (name, bytes) ->
            listed.add(new BundleManifest.Entry(name, bytes.length, Pki.sha256Hex(bytes))));
    BundleManifest manifest =
        new BundleManifest(
            BundleFormat.NAME,
            BundleFormat.version(),
            bundleId,
            Pki.commonName(kit.certificate()),
            clock.instant(),
            cases.stream().map(CaseData::caseId).toList(),
            cases.stream()
                .map(c -> new BundleManifest.FormRef(c.formId(), c.formVersion()))
                .distinct()
                .toList(),
            listed);
    byte[] zip = zip(json(manifest), entries);
    byte[] sealed = Cms.encrypt(Cms.sign(zip, kit), recipients);
    return new SealedBundle(bundleId, manifest.caseIds(), sealed);
  }

  private static byte[] zip(byte[] manifest, Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, BundleFormat.MANIFEST, manifest);
      for (var e : entries.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Deflates JSON and text; stores documents that are compressed already (PDF, PNG, JPEG, TIFF) as
   * they are, since deflating them again costs most of the sealing time and saves nothing.
   */
  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    if (name.matches("(?i).*\\.(pdf|png|jpe?g|tif)")) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(bytes.length);
      entry.setCompressedSize(bytes.length);
      entry.setCrc(crc.getValue());
    }
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static byte[] json(Object value) {
    try {
      return WireJson.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
