/**
 * The audit log's hash chain, shared by kit and hub: who did what, when (enrollment, login,
 * capture, sync, quarantine, export, import, revocation, wipe), in a form that shows afterwards
 * whether an entry was changed or removed.
 *
 * <p>Each {@link de.buergerkoffer.bundle.audit.AuditEntry} carries a running number {@code seq} (1,
 * 2, 3, ...), the hash of its predecessor ({@code prevHash}; the first entry points to {@link
 * de.buergerkoffer.bundle.audit.AuditChain#GENESIS_HASH}, 64 zeros) and its own {@code hash}: the
 * SHA-256 of an unambiguous encoding of all other fields (see {@link
 * de.buergerkoffer.bundle.audit.AuditChain#hashOf}). {@link
 * de.buergerkoffer.bundle.audit.AuditChain#verify(Iterable)} walks the chain and names the first
 * entry that does not fit:
 *
 * <ul>
 *   <li>an entry changed in place no longer matches its hash;
 *   <li>a deleted entry leaves a gap in {@code seq}, or, if the rest was renumbered, a {@code
 *       prevHash} that points to nothing;
 *   <li>moved or inserted entries break the order of {@code seq} or the {@code prevHash} links.
 * </ul>
 *
 * <p><b>Limit:</b> the chain alone cannot show that entries were cut off at the end, nor that the
 * whole log was rewritten with freshly computed hashes by someone who can write the file. Both need
 * an anchor kept elsewhere: {@link de.buergerkoffer.bundle.audit.AuditChain#verify(Iterable,
 * String)} checks the chain against a head hash noted somewhere else (a printout, the other side of
 * a sync). A planned use: the kit puts its current head ({@code seq} and {@code hash}) into each
 * bundle manifest, and the hub keeps it, so the hub can later check that the kit's log still
 * contains that entry unchanged (verify the entries up to that {@code seq} against that hash). Not
 * built yet.
 *
 * <p>Plain Java: storage (SQLite tables with append-only triggers) lives in the applications.
 * Entries never carry residents' personal data, only case numbers and technical identifiers.
 */
package de.buergerkoffer.bundle.audit;
