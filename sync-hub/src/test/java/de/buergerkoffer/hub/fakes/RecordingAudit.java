package de.buergerkoffer.hub.fakes;

import de.buergerkoffer.hub.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** An audit log that keeps its entries in a list for the test to read. */
public final class RecordingAudit implements AuditLog {

  /** One recorded entry. */
  public record Entry(String actor, String action, String subject, String detail) {}

  public final List<Entry> entries = new ArrayList<>();

  @Override
  public void record(String actor, String action, String subject, String detail) {
    entries.add(new Entry(actor, action, subject, detail));
  }

  public List<String> actions() {
    return entries.stream().map(Entry::action).toList();
  }
}
