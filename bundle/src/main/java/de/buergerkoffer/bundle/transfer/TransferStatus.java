package de.buergerkoffer.bundle.transfer;

import java.util.List;
import java.util.UUID;

/**
 * The hub's answer to a {@link TransferQuery}. It only saves bandwidth: it is not signed and cannot
 * make a kit forget anything; only a signed acknowledgement does that.
 *
 * @param bundleId the bundle asked about
 * @param held chunk indexes the hub holds, ascending; empty when it knows no such transfer
 * @param stored true when the hub already stored the whole bundle (its signed ack follows)
 */
public record TransferStatus(UUID bundleId, List<Integer> held, boolean stored) {

  public TransferStatus {
    held = List.copyOf(held);
  }
}
