package de.buergerkoffer.bundle.crypto;

/**
 * Cost of the Argon2id derivation (RFC 9106) that turns a passphrase into a key-encryption key. The
 * settings used are stored next to the wrapped key, so a kit keeps unlocking its key when the
 * defaults change later.
 *
 * @param memoryKib memory in KiB (1024 bytes); at least 8 per lane
 * @param iterations passes over the memory; at least 1
 * @param parallelism lanes; at least 1 (Bouncy Castle computes them one after the other)
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

  /**
   * The kit's default: 64 MiB, 1 pass, 1 lane (within OWASP's recommendations for Argon2id). About
   * 90 ms of derivation on a 2.3 GHz x86 server core once the JIT has compiled it; estimated 0.35
   * to 0.55 s on a Raspberry Pi 4 (not measured there, see docs/security.md).
   */
  public static final Argon2Settings KIT_DEFAULT = new Argon2Settings(64 * 1024, 1, 1);

  /** Largest memory accepted, 4 GiB; guards against a key file that asks for absurd amounts. */
  public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

  /** Most passes accepted, for the same reason. */
  public static final int MAX_ITERATIONS = 100;

  /** Most lanes accepted. */
  public static final int MAX_PARALLELISM = 64;

  public Argon2Settings {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "Argon2id parallelism must be 1.." + MAX_PARALLELISM + ", was " + parallelism);
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "Argon2id iterations must be 1.." + MAX_ITERATIONS + ", was " + iterations);
    }
    if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException(
          "Argon2id memory must be 8 KiB per lane up to "
              + MAX_MEMORY_KIB
              + " KiB, was "
              + memoryKib
              + " KiB");
    }
  }
}
