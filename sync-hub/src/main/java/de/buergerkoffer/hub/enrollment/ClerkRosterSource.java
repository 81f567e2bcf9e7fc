package de.buergerkoffer.hub.enrollment;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Gives enrollment the sealed clerk roster for a kit, so a freshly enrolled (or renewed) kit can
 * log clerks in before its first MQTT connection. Implemented by the clerk feature; an interface
 * here so enrollment does not depend on it.
 */
public interface ClerkRosterSource {

  /**
   * A new roster version for the kit, sealed to this certificate; empty when there is nothing to
   * send.
   */
  Optional<byte[]> sealedRoster(String kitId, X509Certificate kitCertificate);
}
