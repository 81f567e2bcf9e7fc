package de.buergerkoffer.bundle;

import de.buergerkoffer.bundle.crypto.Credential;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Signs acknowledgements on the hub and verifies them on the kit, as {@link HubSigned}. */
public final class AckCodec {

  private AckCodec() {}

  /** The signed ack bytes to publish. */
  public static byte[] sign(Ack ack, Credential hubSigning) {
    return HubSigned.sign(ack, hubSigning);
  }

  /**
   * Verifies and reads a signed ack.
   *
   * @throws GeneralSecurityException when the signature, the signer or the content is not right
   */
  public static Ack verify(byte[] signed, X509Certificate ca, Instant now)
      throws GeneralSecurityException {
    return HubSigned.verify(signed, ca, now, Ack.class);
  }
}
