package de.buergerkoffer.kit.protection;

/**
 * The kit cannot unlock its data key and must not start: wrong passphrase, damaged or missing key
 * file, or a key file that belongs to another database. The message says, in German and English,
 * what is wrong and what to do; the key file is never changed or deleted because of it.
 */
public final class DataKeyException extends IllegalStateException {

  public DataKeyException(String message) {
    super(message);
  }

  public DataKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
