package de.buergerkoffer.hub.quarantine;

import de.buergerkoffer.bundle.RejectReason;
import java.time.Instant;
import java.util.UUID;

/**
 * A bundle the hub refused.
 *
 * @param receivedAt when it arrived
 * @param topicKitId the kit id of the topic it arrived on (not trusted: it was refused)
 * @param bundleId the bundle id of the topic, if the topic had one
 * @param sha256 SHA-256 of the raw bytes
 * @param sizeBytes size of the raw bytes
 * @param reason machine-readable reason
 * @param detail the reason for people
 * @param raw the bytes as received (empty in listings)
 */
public record QuarantinedBundle(
    Instant receivedAt,
    String topicKitId,
    UUID bundleId,
    String sha256,
    long sizeBytes,
    RejectReason reason,
    String detail,
    byte[] raw) {}
