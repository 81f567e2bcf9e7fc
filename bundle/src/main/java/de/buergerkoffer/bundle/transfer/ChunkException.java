package de.buergerkoffer.bundle.transfer;

/** Bytes that are not a valid chunk, or a chunk that does not fit its bundle. */
public final class ChunkException extends Exception {

  public ChunkException(String message) {
    super(message);
  }
}
