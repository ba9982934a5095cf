package io.briefs.build;

import io.briefs.diag.BriefsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per brief on a fixed number of threads and returns the results in the order of
 * the tasks, so output never depends on which thread finished first. At most {@code jobs} briefs
 * are in memory at once: each task writes its files and returns only a small summary.
 */
public final class Workers {
  /** One brief's work. */
  @FunctionalInterface
  public interface Task<T> {
    T run() throws BriefsException, IOException;
  }

  private Workers() {}

  /**
   * Threads for the cores {@code tasks} briefs leave idle out of {@code jobs} (a one-brief rebuild
   * on two cores leaves one), to take part of each brief's work; empty when none is idle. The
   * caller shuts the pool down.
   */
  public static Optional<ExecutorService> spare(int jobs, int tasks) {
    int idle = jobs - Math.max(1, tasks);
    return idle <= 0 ? Optional.empty() : Optional.of(daemons(idle, "briefs-spare-"));
  }

  /** Runs every task; the first failure (in task order) is rethrown after the others stop. */
  public static <T> List<T> run(int jobs, List<Task<T>> tasks) throws BriefsException, IOException {
    if (jobs <= 1 || tasks.size() <= 1) {
      List<T> out = new ArrayList<>();
      for (Task<T> t : tasks) {
        out.add(t.run());
      }
      return out;
    }
    ExecutorService pool = daemons(Math.min(jobs, tasks.size()), "briefs-worker-");
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Task<T> t : tasks) {
        futures.add(pool.submit(t::run));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(get(f, pool));
      }
      return out;
    } finally {
      pool.shutdownNow();
      // after a failure the other workers stop at their next brief; none may still be writing
      // into the staging folder when the build puts it aside
      awaitStopped(pool);
    }
  }

  /** A pool of {@code threads} daemon threads named {@code prefix} and a number: none keeps the JVM alive. */
  private static ExecutorService daemons(int threads, String prefix) {
    AtomicInteger id = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, prefix + id.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Waits (a minute at most: a brief takes well under a second) until every worker stopped, even
   * when the caller was interrupted: an interrupted build must not return while a worker still
   * writes (the dev server's watcher, stopped mid-build, left PDFs being written into a folder
   * that was being deleted). The interrupt status is left as it was.
   */
  private static void awaitStopped(ExecutorService pool) {
    boolean interrupted = Thread.interrupted();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    try {
      while (!pool.isTerminated() && System.nanoTime() < deadline) {
        try {
          pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> T get(Future<T> f, ExecutorService pool) throws BriefsException, IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      pool.shutdownNow();
      throw Futures.rethrow(e.getCause());
    }
  }
}
