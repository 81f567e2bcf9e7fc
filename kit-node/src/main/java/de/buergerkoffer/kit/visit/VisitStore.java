package de.buergerkoffer.kit.visit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Durable, encrypted storage of visits; every save is on disk when it returns. */
public interface VisitStore {

  /** Inserts or replaces the visit. */
  void save(Visit visit);

  Optional<Visit> find(UUID visitId);

  /** Visits not closed yet, oldest first. */
  List<Visit> open();

  /** Closes a visit: it no longer shows as open, and its data (draft, ID data) is deleted. */
  void close(UUID visitId);

  /**
   * Closes every open visit started before {@code cutoff}, so a visit nobody ended does not keep a
   * resident's data on the kit forever.
   *
   * @return how many were closed
   */
  int closeStartedBefore(java.time.Instant cutoff);
}
