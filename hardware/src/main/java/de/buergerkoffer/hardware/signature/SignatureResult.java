package de.buergerkoffer.hardware.signature;

import java.util.Objects;

/**
 * The outcome of {@link SignaturePad#submit(Signature)}: accepted, rejected with a reason the
 * citizen can act on (sign again), or no pad (sign on the kit's screen instead).
 */
public sealed interface SignatureResult
    permits SignatureResult.Accepted, SignatureResult.Rejected, SignatureResult.PadUnavailable {

  /** The signature counts; store all of it with the case. */
  record Accepted(CapturedSignature captured) implements SignatureResult {
    public Accepted {
      Objects.requireNonNull(captured, "captured");
    }
  }

  /** Not a usable signature; ask the citizen to sign again. */
  record Rejected(RejectReason reason, String messageDe) implements SignatureResult {
    public Rejected(RejectReason reason) {
      this(reason, reason.messageDe());
    }
  }

  /** The pad is not there. */
  record PadUnavailable(String messageDe) implements SignatureResult {}
}
