package de.buergerkoffer.hub.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hub's settings ({@code bk.hub.*}).
 *
 * @param dataDir where the database, key stores and MQTT session state live
 * @param keystorePassphrase encrypts the hub's private keys on disk
 * @param bootstrapToken an enrollment token created at start-up if set (demo and first kit)
 * @param bootstrapTokenValidity how long the bootstrap token can be used
 * @param kitCertificateValidity lifetime of a kit certificate issued at enrollment
 * @param bootstrapClerk {@code username:PIN:Display Name} of a clerk created at start-up if that
 *     user name does not exist yet (demo and tests); empty for none
 */
@ConfigurationProperties("bk.hub")
public record HubProperties(
    Path dataDir,
    String keystorePassphrase,
    String bootstrapToken,
    Duration bootstrapTokenValidity,
    Duration kitCertificateValidity,
    String bootstrapClerk) {}
