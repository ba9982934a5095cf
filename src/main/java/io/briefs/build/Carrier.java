package io.briefs.build;

import io.briefs.diag.BriefsException;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Carries unchanged briefs' files into the new site on a thread of its own, while the changed
 * briefs render: after a one-file change the carrying (thousands of links) would otherwise wait
 * for the render, or the render for it.
 */
public final class Carrier {
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  private Carrier() {}

  /** Nothing to carry. */
  public static Carrier none() {
    Carrier c = new Carrier();
    c.done.complete(null);
    return c;
  }

  /** Starts carrying {@code files} of the published site into {@code site}. */
  public static Carrier start(SiteWriter site, List<String> files) {
    if (files.isEmpty()) {
      return none();
    }
    Carrier c = new Carrier();
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
  public void await() throws BriefsException, IOException {
    Futures.get(done, "unchanged briefs to be carried");
  }

  /**
   * Waits until the carrying stopped, whatever its outcome, even when interrupted: the staging
   * folder must not be put aside while links are still being made in it.
   */
  public void awaitQuietly() {
    // join() waits through interrupts and leaves the thread's interrupt status as it was
    done.handle((ok, failure) -> null).join();
  }
}
