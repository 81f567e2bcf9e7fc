package de.buergerkoffer.hub.inbox;

import java.util.Optional;
import java.util.UUID;

/** The archival PDF/A document of a received case (shown on the case page, exported). */
public interface CasePdfs {

  /** The document's bytes, empty for an unknown case or form version. */
  Optional<byte[]> pdf(UUID caseId);
}
