package de.buergerkoffer.hub.config;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * One writer at a time on the hub's busiest write paths: storing an ingested bundle and appending
 * to the audit log. Why: SQLite admits one writer, and a second one waits in SQLite's busy handler,
 * which sleeps in steps of up to 100 ms instead of being woken; parallel ingest workers would spend
 * most of their time asleep. Waiting on this lock instead hands over as soon as the writer before
 * has committed. Decrypting and checking bundles stays parallel. The lock is reentrant; take it
 * before a transaction starts, never while holding a database write lock of another connection.
 */
@Component
public final class SerialWrites {

  private final ReentrantLock lock = new ReentrantLock();

  /** The lock to hold around a write transaction. */
  public Lock lock() {
    return lock;
  }
}
