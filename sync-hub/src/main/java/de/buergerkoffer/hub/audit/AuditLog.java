package de.buergerkoffer.hub.audit;

import de.buergerkoffer.bundle.audit.AuditAction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The hub's audit log: who did what, when. Append-only and hash-chained (see {@link
 * de.buergerkoffer.bundle.audit.AuditChain}), checked with {@code GET /api/audit/verify} or {@link
 * VerifyAuditLog}.
 *
 * <p>Contract for callers:
 *
 * <ul>
 *   <li>Call it once the action has happened. Inside a Spring transaction the entry is written
 *       right after that transaction commits (and not at all if it rolls back); outside of one it
 *       is written before {@code record} returns.
 *   <li>{@code actor}: the kit id for what a kit did (proved by its signature), {@code hub} for
 *       what the hub decides by itself, {@code admin} for town-hall staff (a name once login
 *       exists), {@code system} for start-up and housekeeping.
 *   <li>{@code action}: an {@link AuditAction} (use the overload); new actions go there.
 *   <li>{@code subject} and {@code detail}: case numbers, bundle ids, kit ids, counts, reasons.
 *       <b>Never personal data of residents</b> (no names, addresses, birth dates, field values):
 *       the log is kept longer than the cases.
 *   <li>Throws if the entry cannot be written; the log must not miss entries silently.
 * </ul>
 *
 * <p>Plain Java, so services without Spring can take it in their constructor.
 */
public interface AuditLog {

  /**
   * Appends one entry.
   *
   * @param actor who did it, not blank
   * @param action what was done, not blank; preferably an {@link AuditAction} name
   * @param subject what it was done to, may be empty
   * @param detail short technical detail, may be empty
   */
  void record(String actor, String action, String subject, String detail);

  /** Appends one entry with one of the documented actions. */
  default void record(String actor, AuditAction action, String subject, String detail) {
    record(actor, action.name(), subject, detail);
  }

  /**
   * Does {@code work} and appends the entry made from its result in the same database transaction:
   * the action and its entry commit together or not at all, with one flush to disk instead of two.
   * For the hub's busiest path, ingest. {@code work} may use the hub's stores (their transactions
   * join this one) but must not call {@link #record} itself. The work may share its commit with
   * other callers' work and may run a second time if that shared commit fails, so it must consist
   * of database writes only. The caller must not hold the hub's write lock ({@code SerialWrites}).
   *
   * @return what {@code work} returned
   */
  <T> T recordWith(Supplier<T> work, Function<? super T, Entry> entry);

  /** One entry, as {@link #record} takes it. */
  record Entry(String actor, String action, String subject, String detail) {

    /** An entry with one of the documented actions. */
    public Entry(String actor, AuditAction action, String subject, String detail) {
      this(actor, action.name(), subject, detail);
    }
  }
}
