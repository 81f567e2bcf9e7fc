package de.buergerkoffer.kit.enrollment;

import de.buergerkoffer.bundle.crypto.Credential;
import java.security.cert.X509Certificate;

/**
 * What an enrolled kit holds: its own key and certificate, and the hub's certificates.
 *
 * @param kit the kit's signing credential
 * @param ca the hub CA, the trust anchor for acknowledgements
 * @param hubEncryption bundles are encrypted for this certificate
 */
public record KitIdentity(Credential kit, X509Certificate ca, X509Certificate hubEncryption) {}
