package de.buergerkoffer.hub.kits;

import java.time.Instant;

/**
 * A kit as the admin's kits page shows it.
 *
 * @param certificateExpiresAt end of validity of its current certificate, or null if unknown
 * @param pendingBytes bytes of incomplete transfers from this kit that the hub holds in its chunk
 *     store (what the kit has not sent yet is not known to the hub)
 * @param casesReceived cases the hub stored from this kit
 */
public record KitOverview(
    KitRecord kit, Instant certificateExpiresAt, long pendingBytes, int casesReceived) {}
