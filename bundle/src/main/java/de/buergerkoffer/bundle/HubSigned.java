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
import java.util.List;

/**
 * Everything the hub sends down to kits that a kit acts on (acknowledgements, commands) travels as
 * JSON inside a CMS SignedData by the hub's signing key. A kit accepts such a message only when the
 * signer certificate was issued by the hub CA with the {@link Role#HUB_SIGNING} role, so neither a
 * forged message nor another kit can make a kit forget a case or wipe itself.
 */
public final class HubSigned {

  private HubSigned() {}

  /** The signed bytes of a message. */
  public static byte[] sign(Object message, Credential hubSigning) {
    try {
      return Cms.sign(WireJson.mapper().writeValueAsBytes(message), hubSigning);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + message.getClass().getSimpleName(), e);
    }
  }

  /**
   * The signed message, encrypted for one kit: for what the hub sends down that names residents or
   * carries PIN hashes (visit plans, case states, clerk rosters), so the broker and anyone reading
   * its retained messages learns nothing.
   */
  public static byte[] sealFor(Object message, Credential hubSigning, X509Certificate kit) {
    return Cms.encrypt(sign(message, hubSigning), List.of(kit));
  }

  /**
   * Decrypts with the kit's key, then verifies and reads a message made by {@link #sealFor}.
   *
   * @throws GeneralSecurityException when it is not for this kit, or signature, signer or content
   *     are not right; the message says which
   */
  public static <T> T openSealed(
      byte[] sealed, Credential kit, X509Certificate ca, Instant now, Class<T> type)
      throws GeneralSecurityException {
    byte[] signed;
    try {
      signed = Cms.decrypt(sealed, kit);
    } catch (CmsException e) {
      throw new GeneralSecurityException("envelope: " + e.getMessage(), e);
    }
    return verify(signed, ca, now, type);
  }

  /**
   * Verifies and reads a signed message.
   *
   * @throws GeneralSecurityException when the signature, the signer or the content is not right;
   *     the message says which
   */
  public static <T> T verify(byte[] signed, X509Certificate ca, Instant now, Class<T> type)
      throws GeneralSecurityException {
    Cms.Verified verified;
    try {
      verified = Cms.verify(signed);
    } catch (CmsException e) {
      throw new GeneralSecurityException("signature: " + e.getMessage(), e);
    }
    Pki.verifyIssued(verified.signer(), ca, Role.HUB_SIGNING, now);
    try {
      return WireJson.mapper().readValue(verified.content(), type);
    } catch (IOException e) {
      throw new GeneralSecurityException(
          "content is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
