package de.buergerkoffer.kit.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit log in memory that keeps what it is told, for tests of the services that record. */
public final class RecordingAuditLog implements AuditLog {

  /** One recorded call. */
  public record Recorded(String actor, String action, String subject, String detail) {}

  private final List<Recorded> entries = new CopyOnWriteArrayList<>();

  @Override
  public void record(String actor, String action, String subject, String detail) {
    entries.add(new Recorded(actor, action, subject, detail));
  }

  public List<Recorded> entries() {
    return List.copyOf(entries);
  }

  public List<Recorded> withAction(String action) {
    return entries.stream().filter(e -> e.action().equals(action)).toList();
  }
}
