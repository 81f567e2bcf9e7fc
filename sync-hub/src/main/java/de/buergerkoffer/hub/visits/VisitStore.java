package de.buergerkoffer.hub.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where planned visits and the versions of the issued visit plans are kept. */
public interface VisitStore {

  /** Inserts the visit or replaces the one with its id. */
  void save(Visit visit, Instant at);

  Optional<Visit> find(UUID visitId);

  /**
   * @return false when there was no such visit
   */
  boolean delete(UUID visitId);

  /** The kit's visits on and after {@code from}, by day, then time, then name. */
  List<Visit> forKitFrom(String kitId, LocalDate from);

  /** Deletes every visit whose day is before {@code day}; returns how many. */
  int deleteBefore(LocalDate day);

  /** The kits for which a plan was ever issued. */
  List<String> plannedKits();

  /**
   * Records a newly issued plan and returns its version: {@code candidate} or, if that is not
   * higher than the last version issued for the kit, the last one plus one.
   */
  long issue(String kitId, long candidate, Instant issuedAt, int visits);

  /** Notes that the plan of this version reached the broker. */
  void published(String kitId, long version);

  /** The last plan issued for the kit, if any. */
  Optional<IssuedPlan> lastIssued(String kitId);

  /** A plan as issued: version, time, number of visits, and whether the broker has it. */
  record IssuedPlan(String kitId, long version, Instant issuedAt, int visits, boolean published) {}
}
