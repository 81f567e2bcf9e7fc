package de.buergerkoffer.bundle.crypto;

/** A CMS structure could not be opened or checked; {@link #kind()} says which step failed. */
public final class CmsException extends Exception {

  /** The step that failed. */
  public enum Kind {
    /** The bytes are not the expected CMS structure. */
    MALFORMED,
    /** The data was not encrypted for any key we hold. */
    NOT_A_RECIPIENT,
    /** Decryption or its integrity check (GCM tag) failed. */
    DECRYPTION_FAILED,
    /** The signature does not verify, or the signer's certificate is missing. */
    BAD_SIGNATURE
  }

  private final Kind kind;

  public CmsException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
