package de.buergerkoffer.hub.dashboard;

import java.time.Instant;

/** The three facts of a received case the statistics need; no personal data. */
public record CaseTimes(String formId, Instant capturedAt, Instant receivedAt) {}
