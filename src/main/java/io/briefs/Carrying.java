package io.briefs;

import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Unchanged briefs' files being carried into the new site on a thread of their own, while the
 * changed briefs render: after a one-file change the carrying (thousands of links) would
 * otherwise wait for the render, or the render for it.
 */
final class Carrying {
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  private Carrying() {}

  /** Nothing to carry. */
  static Carrying none() {
    Carrying c = new Carrying();
    c.done.complete(null);
    return c;
  }

  /** Starts carrying {@code files} of the published site into {@code site}. */
  static Carrying start(SiteWriter site, List<String> files) {
    if (files.isEmpty()) {
      return none();
    }
    Carrying c = new Carrying();
    Thread t = new Thread(() -> {
      try {
        site.carryAll(files);
        c.done.complete(null);
      } catch (IOException | RuntimeException | Error e) {
        c.done.completeExceptionally(e); // whatever happens, the waiting build learns of it
      }
    }, "briefs-carry");
    t.setDaemon(true);
    t.start();
    return c;
  }

  /** Waits until every file is carried; a failure to carry one is rethrown as it was. */
  void await() throws IOException {
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while carrying unchanged briefs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Waits until the carrying stopped, whatever its outcome, even when interrupted: the staging
   * folder must not be put aside while links are still being made in it.
   */
  void awaitQuietly() {
    // join() waits through interrupts and leaves the thread's interrupt status as it was
    done.handle((ok, failure) -> null).join();
  }
}
