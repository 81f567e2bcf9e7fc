package de.buergerkoffer.hub.enrollment;

/**
 * What an enrolled kit receives: its certificate and the hub's certificates it needs to seal
 * bundles and to verify acknowledgements.
 */
public record EnrollmentResponse(
    String kitId,
    String kitCertificatePem,
    String caCertificatePem,
    String hubEncryptionCertificatePem,
    String hubSigningCertificatePem) {}
