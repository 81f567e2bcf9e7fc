package de.buergerkoffer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bundles that are properly signed by a trusted kit and properly encrypted for this hub, yet whose
 * content is hostile or inconsistent. Cryptography cannot catch these; the opener's container and
 * manifest checks must. Each bundle is built by hand here (ZIP, then {@link Cms#sign}, then {@link
 * Cms#encrypt}) so the test controls exactly what is wrong with it.
 */
class BundleOpenerRejectionTest {

  private final TestPki pki = TestPki.create();
  private final Credential kit = pki.kit("kit-07");
  private final CaseData theCase = BundleRoundTripTest.sampleCase();
  private final String caseEntry = BundleFormat.CASES_FOLDER + theCase.caseId() + ".json";

  @Test
  void opensAHandBuiltBundleWithNothingWrong() throws Exception {
    byte[] sealed = seal(zip(manifest("kit-07", "1.0", listed()), caseEntries()));

    OpenedBundle opened = pki.opener().open(sealed);

    assertThat(opened.cases()).containsExactly(theCase);
  }

  @Test
  void opensABundleOfANewerMinorVersion() throws Exception {
    byte[] sealed = seal(zip(manifest("kit-07", "1.7", listed()), caseEntries()));

    assertThat(pki.opener().open(sealed).manifest().version()).isEqualTo("1.7");
  }

  @Test
  void refusesAnEntryThatClimbsOutOfTheBundle() {
    Map<String, byte[]> entries = caseEntries();
    entries.put("../evil", bytes("#!/bin/sh\nrm -rf /\n"));

    assertRejected(
        seal(zip(manifest("kit-07", "1.0", listed(entries)), entries)), RejectReason.UNSAFE_ENTRY);
  }

  @Test
  void refusesAnAbsoluteEntryName() {
    Map<String, byte[]> entries = caseEntries();
    entries.put("/etc/cron.d/evil", bytes("* * * * * root true\n"));

    assertRejected(
        seal(zip(manifest("kit-07", "1.0", listed(entries)), entries)), RejectReason.UNSAFE_ENTRY);
  }

  @Test
  void refusesAnEntryThatUnpacksBeyondTheLimitThoughTheSealedBundleIsSmall() {
    BundleLimits limits = new BundleLimits(1L << 20, 64L << 10, 100);
    Map<String, byte[]> entries = caseEntries();
    entries.put("cases/padding.json", new byte[1 << 20]);
    byte[] sealed = seal(zip(manifest("kit-07", "1.0", listed(entries)), entries));

    assertThat((long) sealed.length).isLessThan(limits.maxUnpackedBytes());
    assertRejected(opener(limits), sealed, RejectReason.OVERSIZED);
  }

  @Test
  void refusesMoreEntriesThanTheLimit() {
    BundleLimits limits = new BundleLimits(1L << 20, 1L << 20, 3);
    Map<String, byte[]> entries = caseEntries();
    for (int i = 0; i < 3; i++) {
      entries.put("attachments/" + i + ".txt", bytes("x" + i));
    }

    assertRejected(
        opener(limits),
        seal(zip(manifest("kit-07", "1.0", listed(entries)), entries)),
        RejectReason.OVERSIZED);
  }

  @Test
  void refusesASealedBundleLargerThanTheLimit() {
    byte[] sealed = seal(zip(manifest("kit-07", "1.0", listed()), caseEntries()));
    BundleLimits limits = new BundleLimits(sealed.length - 1, 1L << 20, 100);

    assertRejected(opener(limits), sealed, RejectReason.OVERSIZED);
  }

  @Test
  void refusesAnUnknownMajorFormatVersion() {
    byte[] sealed = seal(zip(manifest("kit-07", "2.0", listed()), caseEntries()));

    assertThatThrownBy(() -> pki.opener().open(sealed))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_VERSION);
              assertThat(e.getMessage()).contains("2.0");
            });
  }

  @Test
  void refusesAnEntryWhoseBytesDifferFromTheManifestHash() {
    List<BundleManifest.Entry> listed = listed();
    byte[] original = caseEntries().get(caseEntry);
    byte[] tampered =
        new String(original, StandardCharsets.UTF_8)
            .replace("Weiß", "Weiss")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(tampered).hasSameSizeAs(original).isNotEqualTo(original);

    assertRejected(
        seal(zip(manifest("kit-07", "1.0", listed), Map.of(caseEntry, tampered))),
        RejectReason.HASH_MISMATCH);
  }

  @Test
  void refusesAnEntryWhoseSizeDiffersFromTheManifest() {
    List<BundleManifest.Entry> listed = new ArrayList<>();
    for (BundleManifest.Entry e : listed()) {
      listed.add(new BundleManifest.Entry(e.name(), e.size() + 1, e.sha256()));
    }

    assertRejected(
        seal(zip(manifest("kit-07", "1.0", listed), caseEntries())), RejectReason.HASH_MISMATCH);
  }

  @Test
  void refusesAnEntryTheManifestDoesNotList() {
    Map<String, byte[]> entries = caseEntries();
    List<BundleManifest.Entry> listed = listed(entries);
    entries.put("cases/smuggled.json", bytes("{}"));

    assertRejected(
        seal(zip(manifest("kit-07", "1.0", listed), entries)), RejectReason.UNSAFE_ENTRY);
  }

  @Test
  void refusesAManifestNamingAnotherKitThanTheSigner() {
    byte[] sealed = seal(zip(manifest("kit-99", "1.0", listed()), caseEntries()));

    assertThatThrownBy(() -> pki.opener().open(sealed))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.SIGNER_MISMATCH);
              assertThat(e.getMessage()).contains("kit-99", "kit-07");
            });
  }

  @Test
  void refusesABundleWithoutManifest() {
    assertRejected(seal(zip(null, caseEntries())), RejectReason.MALFORMED);
  }

  private Map<String, byte[]> caseEntries() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(caseEntry, json(theCase));
    return entries;
  }

  private List<BundleManifest.Entry> listed() {
    return listed(caseEntries());
  }

  private static List<BundleManifest.Entry> listed(Map<String, byte[]> entries) {
    List<BundleManifest.Entry> listed = new ArrayList<>();
    entries.forEach(
        (name, bytes) ->
            listed.add(new BundleManifest.Entry(name, bytes.length, Pki.sha256Hex(bytes))));
    return listed;
  }

  private BundleManifest manifest(String kitId, String version, List<BundleManifest.Entry> listed) {
    return new BundleManifest(
        BundleFormat.NAME,
        version,
        UUID.randomUUID(),
        kitId,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        List.of(theCase.caseId()),
        List.of(new BundleManifest.FormRef(theCase.formId(), theCase.formVersion())),
        listed);
  }

  /** A ZIP with the manifest (when not null) first, then the entries in the map's order. */
  private static byte[] zip(BundleManifest manifest, Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (manifest != null) {
        zip.putNextEntry(new ZipEntry(BundleFormat.MANIFEST));
        zip.write(json(manifest));
        zip.closeEntry();
      }
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private byte[] seal(byte[] zip) {
    return Cms.encrypt(Cms.sign(zip, kit), List.of(pki.hubEncryption().certificate()));
  }

  private BundleOpener opener(BundleLimits limits) {
    return new BundleOpener(pki.hubEncryption(), pki.ca().certificate(), limits, TestPki.CLOCK);
  }

  private void assertRejected(byte[] sealed, RejectReason expected) {
    assertRejected(pki.opener(), sealed, expected);
  }

  private static void assertRejected(BundleOpener opener, byte[] sealed, RejectReason expected) {
    assertThatThrownBy(() -> opener.open(sealed))
        .isInstanceOfSatisfying(
            BundleRejectedException.class, e -> assertThat(e.reason()).isEqualTo(expected));
  }

  private static byte[] json(Object value) {
    try {
      return WireJson.mapper().writeValueAsBytes(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
