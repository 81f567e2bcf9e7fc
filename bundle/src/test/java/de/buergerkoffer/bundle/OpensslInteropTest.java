package de.buergerkoffer.bundle;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.CmsException;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.RecipientInformation;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The bundle format promises that a town hall can open a bundle with stock tools and that a bundle
 * made with stock tools opens on the hub. These tests hold the project's CMS code to that promise
 * against the {@code openssl cms} command line (OpenSSL 3.0 or newer, the first version that writes
 * AuthEnvelopedData for AES-GCM).
 *
 * <p>When no usable {@code openssl} is installed the tests are skipped on a developer's machine,
 * but fail when {@code CI=true}, so the build server can never silently stop checking interop.
 */
class OpensslInteropTest {

  private static final long OPENSSL_TIMEOUT_SECONDS = 20;

  @TempDir Path dir;

  private final TestPki pki = TestPki.create();
  private final Credential kit = pki.kit("kit-07");

  @Test
  void opensslOpensABundleSealedByTheKit() throws Exception {
    Path openssl = openssl();
    CaseData original = caseWithUmlauts();
    SealedBundle sealed = pki.sealer(kit).seal(List.of(original));
    Files.write(dir.resolve("bundle.der"), sealed.bytes());
    writePki();

    decryptAndVerifyWithOpenssl(openssl, "bundle.der", "bundle.zip");

    Map<String, byte[]> entries = unzip(Files.readAllBytes(dir.resolve("bundle.zip")));
    String caseEntry = BundleFormat.CASES_FOLDER + original.caseId() + ".json";
    assertThat(entries).containsOnlyKeys(BundleFormat.MANIFEST, caseEntry);
    BundleManifest manifest =
        WireJson.mapper().readValue(entries.get(BundleFormat.MANIFEST), BundleManifest.class);
    assertThat(manifest.bundleId()).isEqualTo(sealed.bundleId());
    assertThat(manifest.kitId()).isEqualTo("kit-07");
    assertThat(new String(entries.get(caseEntry), UTF_8)).contains("Weiß", "Jürgen Ömer");
    assertThat(WireJson.mapper().readValue(entries.get(caseEntry), CaseData.class))
        .isEqualTo(original);
  }

  @Test
  void opensslGetsTheSameZipAsTheHub() throws Exception {
    Path openssl = openssl();
    SealedBundle sealed = pki.sealer(kit).seal(List.of(caseWithUmlauts()));
    Files.write(dir.resolve("bundle.der"), sealed.bytes());
    writePki();

    decryptAndVerifyWithOpenssl(openssl, "bundle.der", "bundle.zip");

    byte[] hubZip = Cms.verify(Cms.decrypt(sealed.bytes(), pki.hubEncryption())).content();
    assertThat(Files.readAllBytes(dir.resolve("bundle.zip"))).isEqualTo(hubZip);
  }

  @Test
  void opensslRefusesTheKitSignatureUnderAnotherTownsCa() throws Exception {
    Path openssl = openssl();
    byte[] signed = Cms.sign("irrelevant".getBytes(UTF_8), kit);
    Files.write(dir.resolve("signed.der"), signed);
    writePki();
    Files.writeString(dir.resolve("other-ca.pem"), Pki.toPem(TestPki.create().ca().certificate()));
    run(
        openssl,
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        "signed.der",
        "-CAfile",
        "ca.pem",
        "-out",
        "content.bin");

    Result result =
        start(
            openssl,
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            "signed.der",
            "-CAfile",
            "other-ca.pem",
            "-out",
            "content.bin");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("certificate verify error");
  }

  @Test
  void opensABundleSealedByOpensslCms() throws Exception {
    Path openssl = openssl();
    CaseData original = caseWithUmlauts();
    byte[] zip = bundleZip(original);
    Files.write(dir.resolve("bundle.zip"), zip);
    writePki();

    run(
        openssl,
        "cms",
        "-sign",
        "-binary",
        "-nodetach",
        "-md",
        "sha256",
        "-outform",
        "DER",
        "-signer",
        "kit.pem",
        "-inkey",
        "kitkey.pem",
        "-in",
        "bundle.zip",
        "-out",
        "signed.der");
    run(
        openssl,
        "cms",
        "-encrypt",
        "-binary",
        "-aes-256-gcm",
        "-outform",
        "DER",
        "-in",
        "signed.der",
        "-out",
        "bundle.der",
        "-recip",
        "hub.pem",
        "-keyopt",
        "ecdh_kdf_md:sha256");
    byte[] sealed = Files.readAllBytes(dir.resolve("bundle.der"));

    CMSAuthEnvelopedData enveloped = new CMSAuthEnvelopedData(sealed);
    assertThat(enveloped.getEncryptionAlgOID()).isEqualTo(CMSAlgorithm.AES256_GCM.getId());
    assertThat(enveloped.getRecipientInfos().getRecipients())
        .extracting(RecipientInformation::getKeyEncryptionAlgOID)
        .containsExactly(CMSAlgorithm.ECDH_SHA256KDF.getId());

    OpenedBundle opened = pki.opener().open(sealed);

    assertThat(opened.cases()).containsExactly(original);
    assertThat(opened.manifest().kitId()).isEqualTo("kit-07");
    assertThat(Pki.commonName(opened.signer())).isEqualTo("kit-07");
    assertThat(opened.sha256()).isEqualTo(Pki.sha256Hex(sealed));
  }

  @Test
  void aBundleOpensslEncryptedForAnotherHubIsNotForThisHub() throws Exception {
    Path openssl = openssl();
    Files.write(dir.resolve("signed.der"), Cms.sign("irrelevant".getBytes(UTF_8), kit));
    Files.writeString(
        dir.resolve("other-hub.pem"), Pki.toPem(TestPki.create().hubEncryption().certificate()));

    run(
        openssl,
        "cms",
        "-encrypt",
        "-binary",
        "-aes-256-gcm",
        "-outform",
        "DER",
        "-in",
        "signed.der",
        "-out",
        "bundle.der",
        "-recip",
        "other-hub.pem",
        "-keyopt",
        "ecdh_kdf_md:sha256");
    byte[] sealed = Files.readAllBytes(dir.resolve("bundle.der"));

    assertThatThrownBy(() -> pki.opener().open(sealed))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.NOT_FOR_THIS_HUB));
  }

  @Test
  void refusesAValidBundleThatOpensslEncryptedWithoutIntegrityProtection() throws Exception {
    Path openssl = openssl();
    byte[] zip = bundleZip(caseWithUmlauts());
    Files.write(dir.resolve("signed.der"), Cms.sign(zip, kit));
    writePki();

    run(
        openssl,
        "cms",
        "-encrypt",
        "-binary",
        "-aes-256-cbc",
        "-outform",
        "DER",
        "-in",
        "signed.der",
        "-out",
        "bundle.der",
        "-recip",
        "hub.pem",
        "-keyopt",
        "ecdh_kdf_md:sha256");
    byte[] sealed = Files.readAllBytes(dir.resolve("bundle.der"));

    assertThatThrownBy(() -> pki.opener().open(sealed))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED);
              assertThat(e.getMessage()).contains("AuthEnvelopedData");
            });
  }

  @Test
  void aMissingOpensslFailsTheTestOnCi() {
    assertThatThrownBy(() -> requireOpenssl(Optional.empty(), Map.of("CI", "true")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("CI=true");
  }

  @Test
  void aMissingOpensslSkipsTheTestOnADevelopersMachine() {
    assertThatThrownBy(() -> requireOpenssl(Optional.empty(), Map.of()))
        .isInstanceOf(TestAbortedException.class);
    assertThatThrownBy(() -> requireOpenssl(Optional.empty(), Map.of("CI", "false")))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void aFoundOpensslIsUsedOnCiAndElsewhere() {
    Path found = Path.of("/opt/openssl3/bin/openssl");

    assertThat(requireOpenssl(Optional.of(found), Map.of("CI", "true"))).isEqualTo(found);
    assertThat(requireOpenssl(Optional.of(found), Map.of())).isEqualTo(found);
  }

  @Test
  void onlyOpensslThreeOrNewerCountsAsUsable() {
    assertThat(isOpensslThreeOrNewer("OpenSSL 3.0.19 27 Jan 2026 (Library: OpenSSL 3.0.19)"))
        .isTrue();
    assertThat(isOpensslThreeOrNewer("OpenSSL 3.5.0 8 Apr 2025")).isTrue();
    assertThat(isOpensslThreeOrNewer("OpenSSL 1.1.1w  11 Sep 2023")).isFalse();
    assertThat(isOpensslThreeOrNewer("LibreSSL 3.3.6")).isFalse();
  }

  private static CaseData caseWithUmlauts() {
    return new CaseData(
        UUID.randomUUID(),
        "BK07-000002-6",
        "meldebescheinigung",
        1,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        "m.mueller",
        Map.of(
            "familyName", "Weiß",
            "givenNames", "Jürgen Ömer",
            "birthDate", "1941-02-28",
            "city", "Großröhrsdorf"));
  }

  /** A plain bundle ZIP exactly as the format builds it, taken out of a kit-sealed bundle. */
  private byte[] bundleZip(CaseData c) throws CmsException {
    return Cms.verify(Cms.decrypt(pki.sealer(kit).seal(List.of(c)).bytes(), pki.hubEncryption()))
        .content();
  }

  /** Writes certificates and keys as PEM the way a town hall would hand them to openssl. */
  private void writePki() throws IOException {
    Files.writeString(dir.resolve("ca.pem"), Pki.toPem(pki.ca().certificate()));
    Files.writeString(dir.resolve("hub.pem"), Pki.toPem(pki.hubEncryption().certificate()));
    Files.writeString(dir.resolve("hubkey.pem"), Pki.toPem(pki.hubEncryption().privateKey()));
    Files.writeString(dir.resolve("kit.pem"), Pki.toPem(kit.certificate()));
    Files.writeString(dir.resolve("kitkey.pem"), Pki.toPem(kit.privateKey()));
  }

  /** What a clerk at the town hall would type to get the plain ZIP out of a sealed bundle. */
  private void decryptAndVerifyWithOpenssl(Path openssl, String sealed, String zip)
      throws IOException, InterruptedException {
    run(
        openssl,
        "cms",
        "-decrypt",
        "-binary",
        "-inform",
        "DER",
        "-in",
        sealed,
        "-recip",
        "hub.pem",
        "-inkey",
        "hubkey.pem",
        "-out",
        "signed.der");
    run(
        openssl,
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        "signed.der",
        "-CAfile",
        "ca.pem",
        "-out",
        zip);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private record Result(int exitCode, String stderr) {}

  private void run(Path openssl, String... args) throws IOException, InterruptedException {
    Result result = start(openssl, args);
    if (result.exitCode() != 0) {
      Assertions.fail(
          "openssl " + String.join(" ", args) + " exited " + result.exitCode() + ":\n" + result);
    }
  }

  private Result start(Path openssl, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(openssl.toString());
    command.addAll(List.of(args));
    Path stdout = dir.resolve("openssl.stdout");
    Path stderr = dir.resolve("openssl.stderr");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(OPENSSL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      Assertions.fail("openssl " + String.join(" ", args) + " did not finish");
    }
    return new Result(process.exitValue(), Files.readString(stderr));
  }

  private static Path openssl() {
    return requireOpenssl(findUsableOpenssl(), System.getenv());
  }

  /**
   * The openssl binary to use, or the end of the test: a failure under {@code CI=true}, a skip
   * everywhere else.
   */
  static Path requireOpenssl(Optional<Path> found, Map<String, String> env) {
    if (found.isPresent()) {
      return found.get();
    }
    String why = "no OpenSSL 3.x 'openssl' binary on PATH or at /usr/bin/openssl";
    if ("true".equalsIgnoreCase(env.get("CI"))) {
      throw new AssertionFailedError(why + "; CI=true requires it for the interop tests");
    }
    Assumptions.abort(why + "; skipping the openssl interop test");
    throw new AssertionError("unreachable");
  }

  private static Optional<Path> findUsableOpenssl() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String folder : path.split(File.pathSeparator)) {
        if (!folder.isEmpty()) {
          candidates.add(Path.of(folder, "openssl"));
        }
      }
    }
    candidates.add(Path.of("/usr/bin/openssl"));
    return candidates.stream()
        .filter(Files::isRegularFile)
        .filter(Files::isExecutable)
        .filter(OpensslInteropTest::reportsVersionThreeOrNewer)
        .findFirst();
  }

  private static boolean reportsVersionThreeOrNewer(Path openssl) {
    try {
      Process process =
          new ProcessBuilder(openssl.toString(), "version").redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      if (!process.waitFor(OPENSSL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0 && isOpensslThreeOrNewer(output);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static boolean isOpensslThreeOrNewer(String versionOutput) {
    Matcher matcher = Pattern.compile("^OpenSSL (\\d+)\\.").matcher(versionOutput.strip());
    return matcher.find() && Integer.parseInt(matcher.group(1)) >= 3;
  }
}
