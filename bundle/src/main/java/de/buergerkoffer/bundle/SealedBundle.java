package de.buergerkoffer.bundle;

import de.buergerkoffer.bundle.crypto.Pki;
import java.util.List;
import java.util.UUID;

/**
 * A bundle ready to travel: the CMS bytes (signed, then encrypted) and what the kit needs to
 * recognise the hub's acknowledgement for it.
 *
 * @param bundleId the bundle's identity, as in its manifest
 * @param caseIds the cases inside
 * @param bytes the DER-encoded CMS AuthEnvelopedData
 */
public record SealedBundle(UUID bundleId, List<UUID> caseIds, byte[] bytes) {

  public SealedBundle {
    caseIds = List.copyOf(caseIds);
  }

  /** SHA-256 of {@link #bytes()}, the value the hub's acknowledgement must name. */
  public String sha256() {
    return Pki.sha256Hex(bytes);
  }
}
