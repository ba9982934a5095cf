package io.briefs.build;

import io.briefs.diag.BriefsException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Waiting for work done on another thread, with its failure rethrown as it was thrown there. */
public final class Futures {
  private Futures() {}

  /**
   * Rethrows the cause of a failed task as it was: a {@link BriefsException} (located problems),
   * an {@link IOException}, an unchecked exception or an error; anything else comes back wrapped
   * for the caller to throw.
   */
  public static IllegalStateException rethrow(Throwable cause) throws BriefsException, IOException {
    if (cause instanceof BriefsException b) {
      throw b;
    }
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }

  /** The value of {@code future}, waiting for it; its failure is rethrown as it was. */
  public static <T> T get(CompletableFuture<T> future, String waitingFor) throws BriefsException, IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + waitingFor, e);
    } catch (ExecutionException | CompletionException e) {
      throw rethrow(e.getCause());
    }
  }
}
