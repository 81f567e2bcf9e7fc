package de.buergerkoffer.hub.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits the work of several callers in one database transaction, so that one flush to disk makes
 * all of them durable (group commit). Why: with SQLite in WAL mode and {@code synchronous=FULL}
 * every commit is an {@code fsync}, and on the town hall's server (a VM, typically) that flush
 * costs more than decrypting and checking a bundle; ingest workers that finish at about the same
 * time now share one. Each caller still returns only after its work is committed, so nothing is
 * acknowledged before it is durable.
 *
 * <p>One thread commits, holding the hub's write lock ({@code SerialWrites}) for the batch. If the
 * batch fails, every piece of work is run again in a transaction of its own, so one caller's
 * failure (it is told) never takes the others with it. Work must therefore be safe to run again
 * after a rollback: plain database writes, nothing sent elsewhere.
 */
final class GroupCommit implements AutoCloseable {

  private static final int MAX_BATCH = 32;

  private final TransactionTemplate transaction;
  private final Lock writes;
  private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
  private final Thread committer;
  private volatile boolean closed;

  private record Job<T>(Supplier<T> work, CompletableFuture<T> done) {

    void runIn(TransactionTemplate transaction) {
      try {
        done.complete(transaction.execute(status -> work.get()));
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
    }
  }

  /**
   * @param transaction a template with the default propagation (joins nothing: the committer thread
   *     has no transaction of its own)
   * @param writes the hub's write lock
   */
  GroupCommit(TransactionTemplate transaction, Lock writes) {
    this.transaction = transaction;
    this.writes = writes;
    this.committer = new Thread(this::commitLoop, "hub-group-commit");
    this.committer.setDaemon(true);
    this.committer.start();
  }

  /** Runs the work in a transaction, perhaps shared with others; returns once it is committed. */
  <T> T run(Supplier<T> work) {
    if (closed) {
      return runAlone(work);
    }
    Job<T> job = new Job<>(work, new CompletableFuture<>());
    queue.add(job);
    try {
      while (true) {
        try {
          return job.done().get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          if (closed && queue.remove(job)) {
            return runAlone(work); // queued just as the committer stopped
          }
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the commit", e);
    }
  }

  private <T> T runAlone(Supplier<T> work) {
    writes.lock();
    try {
      return transaction.execute(status -> work.get());
    } finally {
      writes.unlock();
    }
  }

  private void commitLoop() {
    while (!closed) {
      List<Job<?>> batch = new ArrayList<>();
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        break;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      commit(batch);
    }
    // whatever is still queued is committed one by one, so no caller waits forever
    List<Job<?>> rest = new ArrayList<>();
    queue.drainTo(rest);
    rest.forEach(job -> runLocked(job));
  }

  private void commit(List<Job<?>> batch) {
    writes.lock();
    try {
      if (batch.size() == 1) {
        batch.get(0).runIn(transaction);
        return;
      }
      List<Object> results;
      try {
        results =
            transaction.execute(
                status -> {
                  List<Object> out = new ArrayList<>();
                  for (Job<?> job : batch) {
                    out.add(job.work().get());
                  }
                  return out;
                });
      } catch (RuntimeException | Error e) {
        // rolled back as a whole: each again on its own, so only the failing one is told
        batch.forEach(job -> job.runIn(transaction));
        return;
      }
      for (int i = 0; i < batch.size(); i++) {
        complete(batch.get(i), results.get(i));
      }
    } finally {
      writes.unlock();
    }
  }

  private void runLocked(Job<?> job) {
    writes.lock();
    try {
      job.runIn(transaction);
    } finally {
      writes.unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void complete(Job<T> job, Object result) {
    job.done().complete((T) result);
  }

  /** Work waiting for the committer; for tests. */
  int queued() {
    return queue.size();
  }

  /** Commits what is queued, then stops the thread; later work runs in the caller's thread. */
  @Override
  public void close() {
    closed = true;
    committer.interrupt();
    try {
      committer.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
