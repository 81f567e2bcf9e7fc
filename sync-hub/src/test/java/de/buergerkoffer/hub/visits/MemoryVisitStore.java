package de.buergerkoffer.hub.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Visits and plan versions in memory, ordered as the SQL store orders them. */
final class MemoryVisitStore implements VisitStore {

  final Map<UUID, Visit> visits = new LinkedHashMap<>();
  final Map<String, IssuedPlan> plans = new HashMap<>();

  @Override
  public void save(Visit visit, Instant at) {
    visits.put(visit.visitId(), visit);
  }

  @Override
  public Optional<Visit> find(UUID visitId) {
    return Optional.ofNullable(visits.get(visitId));
  }

  @Override
  public boolean delete(UUID visitId) {
    return visits.remove(visitId) != null;
  }

  @Override
  public List<Visit> forKitFrom(String kitId, LocalDate from) {
    List<Visit> result = new ArrayList<>();
    for (Visit v : visits.values()) {
      if (v.kitId().equals(kitId) && !v.day().isBefore(from)) {
        result.add(v);
      }
    }
    result.sort(
        Comparator.comparing(Visit::day)
            .thenComparing(Visit::time)
            .thenComparing(Visit::residentName));
    return result;
  }

  @Override
  public int deleteBefore(LocalDate day) {
    int before = visits.size();
    visits.values().removeIf(v -> v.day().isBefore(day));
    return before - visits.size();
  }

  @Override
  public List<String> plannedKits() {
    return plans.keySet().stream().sorted().toList();
  }

  @Override
  public long issue(String kitId, long candidate, Instant issuedAt, int count) {
    IssuedPlan last = plans.get(kitId);
    long version = last == null || candidate > last.version() ? candidate : last.version() + 1;
    plans.put(kitId, new IssuedPlan(kitId, version, issuedAt, count, false));
    return version;
  }

  @Override
  public void published(String kitId, long version) {
    IssuedPlan p = plans.get(kitId);
    if (p != null && p.version() == version) {
      plans.put(kitId, new IssuedPlan(kitId, version, p.issuedAt(), p.visits(), true));
    }
  }

  @Override
  public Optional<IssuedPlan> lastIssued(String kitId) {
    return Optional.ofNullable(plans.get(kitId));
  }
}
