package de.buergerkoffer.hub.enrollment;

/**
 * What an enrolled kit receives: its certificate and the hub's certificates it needs to seal
 * bundles and to verify acknowledgements, and the clerks who may log into it.
 *
 * @param clerkRoster the kit's {@link de.buergerkoffer.bundle.ClerkRoster}, sealed to the new
 *     certificate ({@link de.buergerkoffer.bundle.HubSigned#sealFor}), base64; null when the hub
 *     has none for it
 */
public record EnrollmentResponse(
    String kitId,
    String kitCertificatePem,
    String caCertificatePem,
    String hubEncryptionCertificatePem,
    String hubSigningCertificatePem,
    String clerkRoster) {}
