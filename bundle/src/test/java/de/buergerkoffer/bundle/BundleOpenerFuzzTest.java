package de.buergerkoffer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hub opens whatever arrives on a bundle topic, from anyone who can reach the broker. {@link
 * BundleOpener#open} must therefore answer every input with an {@link OpenedBundle} or a {@link
 * BundleRejectedException} – never another exception, never a hang, never more memory than its
 * {@link BundleLimits} allow – and whatever it opens must really be what the format promises.
 *
 * <p>Four fuzz targets, each reaching one layer deeper: raw bytes (CMS parsing and decryption); any
 * SignedData inside a valid envelope (anyone holding the hub's public certificate can make one);
 * any ZIP signed by a trusted kit; and bundles built from a fuzzed recipe (entry names, manifest
 * and case JSON, compressed payloads) so that the fuzzer reaches the manifest, entry and case
 * checks without having to forge hashes. The envelope, signature and ZIP are made with the fixed
 * keys of {@link FuzzFixture}, so saved inputs replay.
 *
 * <p>In a normal build these run once on their seeds (regression mode); {@code JAZZER_FUZZ=1}
 * fuzzes one of them, see docs/bundle-format.md, "Fuzzing".
 */
class BundleOpenerFuzzTest {

  /**
   * What one {@code open} may allocate at most, beyond a small multiple of its input: a few times
   * the unpacked limit for buffers, JSON and the crypto work, plus slack for first-use class setup.
   * A limit that is not enforced while unpacking shows up as many megabytes more.
   */
  private static final long ALLOCATION_BUDGET =
      8L * FuzzFixture.LIMITS.maxUnpackedBytes() + (4 << 20);

  private static final BundleOpener OPENER = FuzzFixture.opener();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

  static {
    // first use loads and sets up Bouncy Castle and Jackson; keep that out of the budget
    try {
      OPENER.open(FuzzFixture.sampleBundle());
    } catch (BundleRejectedException e) {
      throw new IllegalStateException("the fuzz fixture's sample bundle does not open", e);
    }
  }

  static Stream<Arguments> sampleBundle() {
    return Stream.of(arguments((Object) FuzzFixture.sampleBundle()));
  }

  static Stream<Arguments> sampleSignedData() {
    return Stream.of(arguments((Object) FuzzFixture.sampleSignedData()));
  }

  static Stream<Arguments> sampleZip() {
    return Stream.of(arguments((Object) FuzzFixture.sampleZip()));
  }

  @MethodSource("sampleBundle")
  @FuzzTest(maxDuration = "2m")
  void anyBytesAreOpenedOrRejectedWithAReason(byte[] sealed) {
    open(sealed);
  }

  @MethodSource("sampleSignedData")
  @FuzzTest(maxDuration = "2m")
  void anySignedDataInAValidEnvelopeIsOpenedOrRejectedWithAReason(byte[] signedData) {
    open(FuzzFixture.envelope(signedData));
  }

  @MethodSource("sampleZip")
  @FuzzTest(maxDuration = "2m")
  void anyZipSignedByATrustedKitIsOpenedOnlyWhenItKeepsItsPromises(byte[] zip) {
    OpenedBundle opened = open(FuzzFixture.seal(zip));
    if (opened != null) {
      assertKeepsPromises(opened, zip);
    }
  }

  /**
   * Seeds: {@code BundleOpenerFuzzTestInputs/aBundleBuiltFromAFuzzedRecipe...}, see {@link
   * ZipRecipe}.
   */
  @FuzzTest(maxDuration = "2m")
  void aBundleBuiltFromAFuzzedRecipeIsOpenedOnlyWhenItKeepsItsPromises(byte[] recipe) {
    byte[] zip = ZipRecipe.build(recipe);
    OpenedBundle opened = open(FuzzFixture.seal(zip));
    if (opened != null) {
      assertKeepsPromises(opened, zip);
    }
  }

  /**
   * Found by {@link #anySignedDataInAValidEnvelopeIsOpenedOrRejectedWithAReason}; kept as a seed.
   */
  @Test
  void aSignerCertificateWithABrokenValidityTimeIsMalformedAndNoCrash() throws IOException {
    byte[] sealed =
        FuzzFixture.envelope(
            seed(
                "anySignedDataInAValidEnvelopeIsOpenedOrRejectedWithAReason",
                "crash-certificate-validity-time-with-wrong-tag"));

    assertThatThrownBy(() -> OPENER.open(sealed))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED));
  }

  /**
   * Found with the promise check of {@link
   * #aBundleBuiltFromAFuzzedRecipeIsOpenedOnlyWhenItKeepsItsPromises}; kept as a seed. The counts
   * matched (three listed, three in the ZIP), so the second attachment was never hashed.
   */
  @Test
  void aManifestThatListsOneEntryTwiceAndAnotherNotAtAllIsUnsafe() throws IOException {
    byte[] sealed =
        FuzzFixture.seal(
            ZipRecipe.build(
                seed(
                    "aBundleBuiltFromAFuzzedRecipeIsOpenedOnlyWhenItKeepsItsPromises",
                    "manifest-lists-one-attachment-twice-and-another-not-at-all")));

    assertThatThrownBy(() -> OPENER.open(sealed))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSAFE_ENTRY));
  }

  private static byte[] seed(String fuzzTest, String name) throws IOException {
    String path = "BundleOpenerFuzzTestInputs/" + fuzzTest + "/" + name;
    try (var in = BundleOpenerFuzzTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }

  /**
   * Opens the bytes; null when rejected. Any other outcome fails the fuzz test, and so does
   * allocating more than the budget. Calls that load classes are not held to the budget: loading
   * (and, while fuzzing, instrumenting) a class allocates on the calling thread, and a class is
   * loaded only once, while a limit that does not hold would show again on the next input.
   */
  private static OpenedBundle open(byte[] sealed) {
    long classesBefore = CLASSES.getTotalLoadedClassCount();
    long before = THREADS.getCurrentThreadAllocatedBytes();
    OpenedBundle opened;
    try {
      opened = OPENER.open(sealed);
    } catch (BundleRejectedException e) {
      assertThat(e.reason()).isNotNull();
      opened = null;
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
    if (CLASSES.getTotalLoadedClassCount() == classesBefore) {
      assertThat(allocated)
          .as("bytes allocated while opening %d bytes", sealed.length)
          .isLessThanOrEqualTo(ALLOCATION_BUDGET + 64L * sealed.length);
    }
    return opened;
  }

  /**
   * Checks an opened bundle against the format, reading the ZIP independently: every entry but the
   * manifest listed exactly once with its size and hash, within the limits, one case per listed
   * case id whose entry holds exactly that case, signed by the kit the manifest names.
   */
  private static void assertKeepsPromises(OpenedBundle opened, byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] bytes = in.readNBytes((int) FuzzFixture.LIMITS.maxUnpackedBytes() + 1);
        total += bytes.length;
        names.add(entry.getName());
        entries.put(entry.getName(), bytes);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new AssertionError("opened a bundle whose ZIP does not read: " + e, e);
    }
    assertThat(names).as("ZIP entry names").doesNotHaveDuplicates().contains(BundleFormat.MANIFEST);
    assertThat(names.size()).isLessThanOrEqualTo(FuzzFixture.LIMITS.maxEntries());
    assertThat(total).isLessThanOrEqualTo(FuzzFixture.LIMITS.maxUnpackedBytes());
    names.forEach(name -> assertThat(BundleOpener.isSafeName(name)).as(name).isTrue());

    BundleManifest manifest = opened.manifest();
    List<String> listed = manifest.entries().stream().map(BundleManifest.Entry::name).toList();
    Set<String> unpacked = new HashSet<>(entries.keySet());
    unpacked.remove(BundleFormat.MANIFEST);
    assertThat(listed).as("listed entries").doesNotHaveDuplicates();
    assertThat(new HashSet<>(listed)).as("listed entries").isEqualTo(unpacked);
    for (BundleManifest.Entry e : manifest.entries()) {
      byte[] bytes = entries.get(e.name());
      assertThat((long) bytes.length).as("size of " + e.name()).isEqualTo(e.size());
      assertThat(Pki.sha256Hex(bytes)).as("SHA-256 of " + e.name()).isEqualTo(e.sha256());
    }
    assertThat(manifest.kitId()).isEqualTo(Pki.commonName(opened.signer()));
    assertThat(manifest.bundleId()).isNotNull();
    assertThat(manifest.caseIds()).isNotEmpty();
    assertThat(opened.cases()).extracting(CaseData::caseId).isEqualTo(manifest.caseIds());
    for (CaseData c : opened.cases()) {
      byte[] json = entries.get(BundleFormat.CASES_FOLDER + c.caseId() + ".json");
      assertThat(json).as("entry of case " + c.caseId()).isNotNull();
      try {
        assertThat(WireJson.mapper().readValue(json, CaseData.class)).isEqualTo(c);
      } catch (IOException e) {
        throw new AssertionError("opened case " + c.caseId() + " does not read again", e);
      }
    }
    opened
        .attachments()
        .forEach(
            (caseId, documents) -> {
              assertThat(manifest.caseIds()).contains(caseId);
              for (Attachment a : documents) {
                String name = BundleFormat.ATTACHMENTS_FOLDER + caseId + "/" + a.name();
                assertThat(entries.get(name)).as(name).isEqualTo(a.data());
              }
            });
  }
}
