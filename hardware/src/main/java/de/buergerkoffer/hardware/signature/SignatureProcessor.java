package de.buergerkoffer.hardware.signature;

import java.util.Objects;
import java.util.Optional;

/**
 * What every signature pad adapter does with strokes: validate, encode, render. Shared so that the
 * simulated and the real adapter cannot disagree about what counts as a signature.
 */
public final class SignatureProcessor {

  private final SignatureValidator validator;
  private final SignatureRenderer renderer;

  public SignatureProcessor(SignatureValidator validator, SignatureRenderer renderer) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** Default rules, 600 × 200 px picture. */
  public SignatureProcessor() {
    this(new SignatureValidator(), new SignatureRenderer());
  }

  /** Accepted with strokes, record and picture, or rejected with the reason. */
  public SignatureResult process(Signature signature) {
    Optional<RejectReason> problem = validator.check(signature);
    if (problem.isPresent()) {
      return new SignatureResult.Rejected(problem.get());
    }
    byte[] record;
    try {
      record = SignatureCodec.encode(signature);
    } catch (IllegalArgumentException e) {
      return new SignatureResult.Rejected(RejectReason.INVALID_DATA);
    }
    return new SignatureResult.Accepted(
        new CapturedSignature(signature, record, renderer.render(signature)));
  }
}
