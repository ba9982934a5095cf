package io.briefs.sec;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} requests in any window of {@code window}: a request that would exceed it
 * waits until the oldest one in the window is old enough. The SEC allows 10 requests per second.
 */
final class RateLimiter {
  /** Waits; tests pass one that advances a fake clock. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final int limit;
  private final long window;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private final Deque<Long> recent = new ArrayDeque<>();

  RateLimiter(int limit, Duration window, LongSupplier clock, Sleeper sleeper) {
    this.limit = limit;
    this.window = window.toNanos();
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** The limiter of every request this process makes to the SEC. */
  static final RateLimiter SEC = new RateLimiter(10, Duration.ofSeconds(1), System::nanoTime,
      nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));

  /** Waits until one more request is within the limit, and counts it. */
  synchronized void acquire() throws InterruptedException {
    long now = clock.getAsLong();
    while (!recent.isEmpty() && now - recent.peekFirst() >= window) {
      recent.removeFirst();
    }
    if (recent.size() >= limit) {
      long wait = recent.peekFirst() + window - now;
      if (wait > 0) {
        sleeper.sleep(wait);
      }
      now = clock.getAsLong();
      recent.removeFirst();
    }
    recent.addLast(now);
  }
}
