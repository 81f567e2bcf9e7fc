package de.buergerkoffer.hub.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A case as the town hall holds it after ingest.
 *
 * @param status workflow status; {@code eingegangen} on arrival
 */
public record ReceivedCase(
    UUID caseId,
    String caseNumber,
    UUID bundleId,
    String kitId,
    String formId,
    int formVersion,
    String clerk,
    Instant capturedAt,
    Instant receivedAt,
    String status,
    Map<String, String> fields) {}
