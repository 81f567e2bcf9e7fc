package de.buergerkoffer.hub.fakes;

import de.buergerkoffer.hub.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** An audit log that keeps its entries in a list for the test to read. */
public final class RecordingAudit implements AuditLog {

  /** One recorded entry. */
  public record Entry(String actor, String action, String subject, String detail) {}

  public final List<Entry> entries = new ArrayList<>();

  @Override
  public void record(String actor, String action, String subject, String detail) {
    entries.add(new Entry(actor, action, subject, detail));
  }

  @Override
  public <T> T recordWith(Supplier<T> work, Function<? super T, AuditLog.Entry> entry) {
    T result = work.get();
    AuditLog.Entry e = entry.apply(result);
    record(e.actor(), e.action(), e.subject(), e.detail());
    return result;
  }

  public List<String> actions() {
    return entries.stream().map(Entry::action).toList();
  }
}
