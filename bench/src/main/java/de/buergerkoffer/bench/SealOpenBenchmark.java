package de.buergerkoffer.bench;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.BundleLimits;
import de.buergerkoffer.bundle.BundleOpener;
import de.buergerkoffer.bundle.BundleRejectedException;
import de.buergerkoffer.bundle.BundleSealer;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.CmsException;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sealing and opening one bundle with a large attachment, in this process with the project's code
 * and by forking the stock {@code openssl cms} command for the same cryptographic work, so the
 * issue's target ("not slower than forking openssl cms") can be checked on the machine at hand.
 *
 * <p>Four numbers per direction:
 *
 * <ul>
 *   <li>{@code *_java_bundle}: {@link BundleSealer#sealContents} / {@link BundleOpener#open}, the
 *       whole job (ZIP with DEFLATE, JSON, manifest hashes, signature, encryption; and back,
 *       including every check the hub makes);
 *   <li>{@code *_java_cmsOnly}: only {@link Cms#sign} + {@link Cms#encrypt} of the same ZIP, resp.
 *       {@link Cms#decrypt} + {@link Cms#verify} – exactly the work the openssl commands do;
 *   <li>{@code *_openssl_fork}: {@code openssl cms -sign | openssl cms -encrypt} resp. {@code
 *       openssl cms -decrypt | openssl cms -verify}, two processes started from Java with the ZIP
 *       (or sealed bundle) read from a file and the result read back through a pipe;
 *   <li>{@code processStart_openssl_fork}: {@code openssl version | openssl version}, the fixed
 *       cost of starting those two processes, to estimate openssl's own work.
 * </ul>
 *
 * Before measuring, the setup checks that openssl and the project agree: a bundle sealed by openssl
 * opens with {@link BundleOpener}, and openssl gets the exact ZIP out of a bundle the project
 * sealed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SealOpenBenchmark {

  /** Size of the attachment in MiB (incompressible bytes, like a scanned PDF or photo). */
  @Param("5")
  public int payloadMib;

  private static final Clock CLOCK = Clock.systemUTC();

  private Path dir;
  private Path openssl;
  private Credential kit;
  private Credential hub;
  private BundleSealer sealer;
  private BundleOpener opener;
  private List<CaseContent> contents;
  private byte[] zip;
  private byte[] sealed;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Credential ca = Pki.createCa("Bench CA", Duration.ofDays(30), CLOCK);
    hub = issue(ca, "hub", Role.HUB_ENCRYPTION);
    kit = issue(ca, "kit-bench", Role.KIT);
    sealer = new BundleSealer(kit, List.of(hub.certificate()), CLOCK);
    opener = new BundleOpener(hub, ca.certificate(), BundleLimits.defaults(), CLOCK);

    byte[] payload = new byte[payloadMib << 20];
    new Random(42).nextBytes(payload);
    CaseData data =
        new CaseData(
            UUID.fromString("3f2c9a4e-8d1b-4c7e-9a55-0b6e2f41d8c3"),
            "BK01-000001-8",
            "meldebescheinigung",
            1,
            Instant.now(),
            "bench",
            Map.of("familyName", "Weiß", "givenNames", "Jürgen", "birthDate", "1941-02-28"));
    contents = List.of(new CaseContent(data, List.of(new Attachment("scan.pdf", payload))));
    sealed = sealer.sealContents(contents).bytes();
    zip = Cms.verify(Cms.decrypt(sealed, hub)).content();

    dir = Files.createTempDirectory("bk-bench");
    Files.write(dir.resolve("bundle.zip"), zip);
    Files.write(dir.resolve("bundle.der"), sealed);
    Files.writeString(dir.resolve("ca.pem"), Pki.toPem(ca.certificate()));
    Files.writeString(dir.resolve("hub.pem"), Pki.toPem(hub.certificate()));
    Files.writeString(dir.resolve("hubkey.pem"), Pki.toPem(hub.privateKey()));
    Files.writeString(dir.resolve("kit.pem"), Pki.toPem(kit.certificate()));
    Files.writeString(dir.resolve("kitkey.pem"), Pki.toPem(kit.privateKey()));
    openssl = Path.of(System.getProperty("bench.openssl", "openssl"));

    OpenedBundle fromOpenssl = opener.open(seal_openssl_fork());
    if (fromOpenssl.attachmentsOf(data.caseId()).isEmpty()
        || !Arrays.equals(fromOpenssl.attachmentsOf(data.caseId()).get(0).data(), payload)) {
      throw new IllegalStateException("the bundle openssl sealed lost its attachment");
    }
    if (!Arrays.equals(open_openssl_fork(), zip)) {
      throw new IllegalStateException("openssl got a different ZIP out of the bundle");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public SealedBundle seal_java_bundle() {
    return sealer.sealContents(contents);
  }

  @Benchmark
  public OpenedBundle open_java_bundle() throws BundleRejectedException {
    return opener.open(sealed);
  }

  @Benchmark
  public byte[] seal_java_cmsOnly() {
    return Cms.encrypt(Cms.sign(zip, kit), List.of(hub.certificate()));
  }

  @Benchmark
  public byte[] open_java_cmsOnly() throws CmsException {
    return Cms.verify(Cms.decrypt(sealed, hub)).content();
  }

  @Benchmark
  public byte[] seal_openssl_fork() throws IOException, InterruptedException {
    return pipeline(
        List.of(
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
            "bundle.zip"),
        List.of(
            "cms",
            "-encrypt",
            "-binary",
            "-aes-256-gcm",
            "-outform",
            "DER",
            "-recip",
            "hub.pem",
            "-keyopt",
            "ecdh_kdf_md:sha256"));
  }

  @Benchmark
  public byte[] open_openssl_fork() throws IOException, InterruptedException {
    return pipeline(
        List.of(
            "cms",
            "-decrypt",
            "-binary",
            "-inform",
            "DER",
            "-in",
            "bundle.der",
            "-recip",
            "hub.pem",
            "-inkey",
            "hubkey.pem"),
        List.of("cms", "-verify", "-binary", "-inform", "DER", "-CAfile", "ca.pem"));
  }

  @Benchmark
  public byte[] processStart_openssl_fork() throws IOException, InterruptedException {
    return pipeline(List.of("version"), List.of("version"));
  }

  /** Runs {@code openssl first | openssl second} in the work folder; returns what second wrote. */
  private byte[] pipeline(List<String> first, List<String> second)
      throws IOException, InterruptedException {
    List<ProcessBuilder> builders = new ArrayList<>();
    for (List<String> args : List.of(first, second)) {
      List<String> command = new ArrayList<>();
      command.add(openssl.toString());
      command.addAll(args);
      builders.add(
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile())));
    }
    List<Process> processes = ProcessBuilder.startPipeline(builders);
    processes.get(0).getOutputStream().close();
    byte[] out = processes.get(1).getInputStream().readAllBytes();
    for (Process p : processes) {
      if (p.waitFor() != 0) {
        throw new IllegalStateException(
            "openssl " + p.info().commandLine().orElse("?") + " failed: " + stderr());
      }
    }
    return out;
  }

  private String stderr() {
    try {
      return Files.readString(dir.resolve("stderr.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Credential issue(Credential ca, String commonName, Role role) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(ca, keys.getPublic(), commonName, role, Duration.ofDays(30), CLOCK),
        List.of(ca.certificate()));
  }
}
