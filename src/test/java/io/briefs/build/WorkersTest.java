package io.briefs.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.diag.BriefsException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The worker pool's promise to a build: when it returns, however, no worker is still writing. */
class WorkersTest {
  @Test
  void anInterruptedCallerReturnsOnlyOnceEveryWorkerStopped() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean stillWriting = new AtomicBoolean();
    AtomicReference<Object> outcome = new AtomicReference<>();
    AtomicBoolean interruptKept = new AtomicBoolean();
    Workers.Task<String> slow = () -> {
      stillWriting.set(true);
      started.countDown();
      // a file being written ignores interrupts
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      stillWriting.set(false);
      return "written";
    };
    Thread caller = new Thread(() -> {
      try {
        outcome.set(Workers.run(2, List.of(slow, () -> "quick")));
      } catch (IOException | BriefsException e) {
        interruptKept.set(Thread.currentThread().isInterrupted());
        outcome.set(stillWriting.get() ? "returned while a worker wrote" : e);
      }
    });
    caller.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(10_000);
    assertThat(outcome.get()).isInstanceOf(IOException.class);
    assertThat(interruptKept).as("the caller's interrupt status is kept").isTrue();
  }
}
