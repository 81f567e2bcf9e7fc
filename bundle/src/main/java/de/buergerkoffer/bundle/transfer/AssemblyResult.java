package de.buergerkoffer.bundle.transfer;

import de.buergerkoffer.bundle.RejectReason;
import java.util.UUID;

/** What one arriving chunk did to its bundle's transfer. */
public sealed interface AssemblyResult {

  /** The bundle still lacks chunks. */
  record Incomplete(UUID bundleId, int held, int count) implements AssemblyResult {}

  /** The last chunk arrived and the whole bundle matches its size and SHA-256. */
  record Complete(UUID bundleId, byte[] sealed) implements AssemblyResult {}

  /**
   * The chunk, or the bundle it completed, cannot be accepted.
   *
   * @param bundleId the bundle, when the chunk header could be read; else null
   */
  record Rejected(UUID bundleId, RejectReason reason, String detail) implements AssemblyResult {}
}
