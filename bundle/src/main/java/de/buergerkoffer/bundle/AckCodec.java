package de.buergerkoffer.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.buergerkoffer.bundle.crypto.Cms;
import de.buergerkoffer.bundle.crypto.CmsException;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Signs acknowledgements on the hub and verifies them on the kit. An ack is JSON inside a CMS
 * SignedData by the hub's signing key; the kit accepts it only when the signer certificate was
 * issued by the hub CA with the {@link Role#HUB_SIGNING} role, so neither a forged message nor
 * another kit can make a kit forget a case.
 */
public final class AckCodec {

  private AckCodec() {}

  /** The signed ack bytes to publish. */
  public static byte[] sign(Ack ack, Credential hubSigning) {
    try {
      return Cms.sign(WireJson.mapper().writeValueAsBytes(ack), hubSigning);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write ack", e);
    }
  }

  /**
   * Verifies and reads a signed ack.
   *
   * @throws GeneralSecurityException when the signature, the signer or the content is not right;
   *     the message says which
   */
  public static Ack verify(byte[] signed, X509Certificate ca, Instant now)
      throws GeneralSecurityException {
    Cms.Verified verified;
    try {
      verified = Cms.verify(signed);
    } catch (CmsException e) {
      throw new GeneralSecurityException("ack signature: " + e.getMessage(), e);
    }
    Pki.verifyIssued(verified.signer(), ca, Role.HUB_SIGNING, now);
    try {
      return WireJson.mapper().readValue(verified.content(), Ack.class);
    } catch (IOException e) {
      throw new GeneralSecurityException("ack content is not valid JSON", e);
    }
  }
}
