package de.buergerkoffer.kit.enrollment;

/**
 * Published when the hub's enrollment or renewal answer carried the kit's clerk roster (sealed to
 * the new certificate), so clerks can log in before the first MQTT connection. The clerk feature
 * opens and checks it like a roster from MQTT.
 *
 * @param sealedRoster the sealed {@link de.buergerkoffer.bundle.ClerkRoster}
 */
public record ClerkRosterDelivered(byte[] sealedRoster) {}
