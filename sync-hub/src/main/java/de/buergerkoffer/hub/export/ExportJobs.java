package de.buergerkoffer.hub.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The persisted export jobs. */
public interface ExportJobs {

  /** Adds a pending job due at once. */
  void add(UUID caseId, ExportJob.Target target, String requestedBy, Instant now);

  /** Pending jobs due at {@code now}, oldest first. */
  List<ExportJob> due(Instant now, int limit);

  List<ExportJob> ofCase(UUID caseId);

  void succeeded(long id, Instant at);

  /** Counts a failed attempt; the job is FAILED when {@code nextAttemptAt} is null. */
  void failed(long id, String error, Instant nextAttemptAt);
}
