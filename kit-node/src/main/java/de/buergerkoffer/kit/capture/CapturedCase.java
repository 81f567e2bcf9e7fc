package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.IdentityCheck;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A case as the kit holds it.
 *
 * @param rejectReason the hub's reason code when rejected, else null
 * @param rejectDetail the hub's explanation when rejected, else null
 * @param identityCheck how the resident's identity was established, or null
 */
public record CapturedCase(
    UUID caseId,
    String caseNumber,
    String formId,
    int formVersion,
    String clerk,
    Instant capturedAt,
    Map<String, String> fields,
    CaseStatus status,
    Instant statusAt,
    String rejectReason,
    String rejectDetail,
    IdentityCheck identityCheck) {}
