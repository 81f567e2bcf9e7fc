package de.buergerkoffer.hardware.idcard.ausweisapp;

import de.buergerkoffer.hardware.idcard.DocumentData;
import java.net.URI;
import java.util.Optional;

/**
 * The town's eID service (eID server with its authorization certificate), as far as the kit needs
 * it: after the AusweisApp finished the online authentication it returns a refresh URL, and the
 * data the eID service read from the card are fetched for that URL.
 *
 * <p>Why a port: the AusweisApp never hands personal data to the calling application; only the
 * service provider's eID server receives them. How the kit asks the town's service (SAML, a REST
 * call with the refresh URL, …) depends on the town's provider and is implemented in kit-node.
 * Implementations return {@code DocumentData} with {@code DataSource.EID}; they must not throw.
 */
@FunctionalInterface
public interface EidService {

  /**
   * The holder's data for a finished authentication.
   *
   * @param refreshUrl the URL the AusweisApp reported in its final {@code AUTH} message
   * @return the data, or empty when the service has none (offline, expired, refused)
   */
  Optional<DocumentData> dataFor(URI refreshUrl);
}
