package de.buergerkoffer.bench;

import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the time of {@link SealOpenBenchmark} goes: the bulk steps over the same payload, each with
 * the implementation the bundle code uses today and the alternative at hand. Not run by default;
 * {@code -Dbench.args="PartsBenchmark"} selects it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PartsBenchmark {

  @Param("5")
  public int payloadMib;

  private byte[] payload;
  private final SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
  private long nonce;

  @Setup
  public void setUp() {
    Pki.init();
    payload = new byte[payloadMib << 20];
    new Random(42).nextBytes(payload);
  }

  /** Content encryption as {@code Cms} does it today (Bouncy Castle provider). */
  @Benchmark
  public byte[] aesGcm_bouncyCastle() throws GeneralSecurityException {
    return gcm(Pki.PROVIDER);
  }

  /** The JDK's own AES-GCM. */
  @Benchmark
  public byte[] aesGcm_sunJce() throws GeneralSecurityException {
    return gcm("SunJCE");
  }

  /** The content digest of SignedData as {@code Cms} computes it today (Bouncy Castle). */
  @Benchmark
  public byte[] sha256_bouncyCastle() throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256", Pki.PROVIDER).digest(payload);
  }

  /** The JDK's SHA-256 (what {@code Pki.sha256} uses for the manifest hashes). */
  @Benchmark
  public byte[] sha256_sun() throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256", "SUN").digest(payload);
  }

  /** The attachment into a ZIP as {@code BundleSealer} writes it (DEFLATE, default level). */
  @Benchmark
  public byte[] zip_deflated() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("a.pdf"));
      zip.write(payload);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The attachment STORED (no compression; scans and photos do not compress anyway). */
  @Benchmark
  public byte[] zip_stored() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("a.pdf");
      CRC32 crc = new CRC32();
      crc.update(payload);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(payload.length);
      entry.setCompressedSize(payload.length);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(payload);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private byte[] gcm(String provider) throws GeneralSecurityException {
    byte[] iv = new byte[12];
    long n = ++nonce;
    for (int i = 0; i < 8; i++) {
      iv[i] = (byte) (n >>> (8 * i));
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    return cipher.doFinal(payload);
  }
}
