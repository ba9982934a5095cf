package io.briefs.cli;

import io.briefs.Pipeline;
import io.briefs.build.Timings;
import io.briefs.diag.BriefsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Runs a command that writes the site and reports how it went, alike for {@code build} and {@code merge}. */
final class BuildRun {
  /** The command's work. */
  @FunctionalInterface
  interface Work {
    Pipeline.Result run() throws BriefsException, IOException;
  }

  private final PrintWriter stdout;
  private final PrintWriter err;
  private final boolean verbose;

  BuildRun(PrintWriter stdout, PrintWriter err, boolean verbose) {
    this.stdout = stdout;
    this.err = err;
    this.verbose = verbose;
  }

  /**
   * Runs {@code work}, prints its warnings and one summary line, and writes the stage times to
   * {@code timingsFile} when one is given.
   *
   * @return the exit code
   */
  int run(Work work, Path out, Timings timings, Path timingsFile) {
    long start = System.nanoTime();
    try {
      Pipeline.Result result = work.run();
      Reporter.print(err, result.warnings());
      double seconds = (System.nanoTime() - start) / 1e9;
      if (result.upToDate()) {
        stdout.printf(Locale.ROOT, "%s is up to date (%s) in %.1f s%n", out, Reporter.plural(result.briefs(), "brief"),
            seconds);
      } else {
        stdout.printf(Locale.ROOT, "built %s into %s in %.1f s (%d rendered, %d unchanged)%n",
            Reporter.plural(result.briefs(), "brief"), out, seconds, result.rendered(),
            result.briefs() - result.rendered());
      }
      if (timingsFile != null) {
        timings.write(timingsFile, result.briefs(), result.rendered());
      }
      return Main.OK;
    } catch (BriefsException e) {
      Reporter.print(err, e.diagnostics());
      if (verbose && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      err.println("briefs: build failed (" + Reporter.summary(e.diagnostics()) + "); " + out + " was not changed");
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: build failed: " + e.getMessage() + "; " + out + " was not changed");
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.FAILED;
    }
  }
}
