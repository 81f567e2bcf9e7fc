package de.buergerkoffer.kit.protection;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where the kit deletes personal data of cases the town hall already holds. */
public interface RetentionStore {

  /**
   * Deletes the personal data of every case acknowledged by the hub at or before {@code
   * acknowledgedUpTo} and not yet purged: its values, clerk, documents and the sealed bundle in the
   * outbox. Case number, form, status and timestamps stay; the case is marked purged at {@code
   * now}.
   *
   * @return how many cases were purged
   */
  int purgeAcknowledgedUpTo(Instant acknowledgedUpTo, Instant now);

  /** When the case's personal data was deleted, empty while it is still on the kit. */
  Optional<Instant> purgedAt(UUID caseId);
}
