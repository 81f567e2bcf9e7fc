package de.buergerkoffer.kit.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The kit's settings ({@code bk.kit.*}).
 *
 * @param id the kit id, also the common name of its certificate and part of its MQTT topics
 * @param casePrefix the prefix of case numbers made on this kit, unique per town ({@code BRA3})
 * @param dataDir where the database, key store and MQTT session state live
 * @param keystorePassphrase encrypts the kit's private key on disk
 * @param hubUrl the hub's HTTP address, for enrollment
 * @param enrollmentToken one-time token for the first enrollment
 * @param brokerUrl the MQTT broker the kit syncs through
 * @param syncWindow how many bundles may await an ack at once
 * @param ackTimeout how long to wait for an ack before sending a bundle again (doubles per try)
 * @param chunkBytes data bytes per MQTT message; larger bundles travel in several chunks
 * @param maxAttachmentBytes largest single document of a case
 * @param maxCaseBytes largest total of a case's documents
 * @param freeze when the kit stops taking new cases
 * @param dataPassphrase unlocks the data key that encrypts personal data at rest; empty means the
 *     demo passphrase (logged as a warning)
 * @param argon2 cost of deriving the key that wraps the data key; used when the key file is created
 * @param retention how long personal data stays on the kit after the hub acknowledged its case
 * @param sessionTimeout a logged-in clerk is logged out after this long without a request (default
 *     15 minutes)
 */
@ConfigurationProperties("bk.kit")
public record KitProperties(
    String id,
    String casePrefix,
    Path dataDir,
    String keystorePassphrase,
    URI hubUrl,
    String enrollmentToken,
    String brokerUrl,
    int syncWindow,
    Duration ackTimeout,
    int chunkBytes,
    long maxAttachmentBytes,
    long maxCaseBytes,
    Freeze freeze,
    String dataPassphrase,
    Argon2 argon2,
    Duration retention,
    Duration sessionTimeout) {

  /**
   * Freeze limits as set by the town hall.
   *
   * @param maxWithoutSync how long cases may wait without sync or export (default 7 days)
   * @param maxUnsentCases how many cases may wait (default 200)
   * @param minFreeDiskBytes free disk the data folder must keep (default 500 MB)
   */
  public record Freeze(Duration maxWithoutSync, int maxUnsentCases, long minFreeDiskBytes) {}

  /**
   * Argon2id settings for a new data key file (an existing file keeps the settings it was made
   * with).
   *
   * @param memoryKib memory in KiB (default 65536, i.e. 64 MiB)
   * @param iterations passes over the memory (default 1)
   * @param parallelism lanes (default 1)
   */
  public record Argon2(int memoryKib, int iterations, int parallelism) {}
}
