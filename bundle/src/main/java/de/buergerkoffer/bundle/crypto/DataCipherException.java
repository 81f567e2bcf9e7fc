package de.buergerkoffer.bundle.crypto;

/**
 * Data encrypted at rest could not be opened, or a data key could not be unlocked; {@link #kind()}
 * says why. Unchecked: on a kit, data that does not decrypt is damage or tampering, never a normal
 * outcome a caller could handle.
 */
public final class DataCipherException extends RuntimeException {

  /** Why it failed. */
  public enum Kind {
    /** The bytes are not in the expected layout (too short, unknown version, bad key file). */
    MALFORMED,
    /**
     * The integrity check (GCM tag) failed: the bytes were changed, belong to another row or
     * column, or were encrypted with another key.
     */
    TAMPERED,
    /** The passphrase does not unlock the data key (or the key file was changed). */
    WRONG_PASSPHRASE
  }

  private final Kind kind;

  public DataCipherException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public DataCipherException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
