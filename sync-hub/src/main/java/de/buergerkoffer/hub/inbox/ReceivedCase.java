package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.bundle.IdentityCheck;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A case as the town hall holds it after ingest.
 *
 * @param status workflow status; {@code eingegangen} on arrival
 * @param identityCheck how the kit established the resident's identity, or null (none sent)
 * @param supplementTo for a supplement ("Nachreichung"), the number of the case it belongs to, else
 *     null
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
    Map<String, String> fields,
    IdentityCheck identityCheck,
    String supplementTo) {}
