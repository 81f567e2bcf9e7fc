package de.buergerkoffer.hub.enrollment;

import de.buergerkoffer.bundle.crypto.Credential;

/**
 * The hub's three credentials.
 *
 * @param ca the certificate authority that certifies kits and the hub's own keys
 * @param signing signs acknowledgements and commands to kits
 * @param encryption bundles are encrypted for this key
 */
public record HubKeys(Credential ca, Credential signing, Credential encryption) {}
