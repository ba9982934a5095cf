package io.briefs.pipeline;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.Quarter;
import java.io.IOException;

/**
 * One brief's work, run so that an unexpected failure is reported as one line naming the brief
 * (its dataset file) instead of a stack trace; the cause is kept for {@code --verbose}.
 */
final class BriefFailures {
  private BriefFailures() {}

  /** A step of one brief's work. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws BriefsException, IOException;
  }

  static <T> T guarded(Quarter quarter, Step<T> step) throws BriefsException, IOException {
    try {
      return step.run();
    } catch (RuntimeException | StackOverflowError e) {
      throw new BriefsException(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "internal error while making the " + quarter.period().label() + " brief: " + e), e);
    }
  }
}
