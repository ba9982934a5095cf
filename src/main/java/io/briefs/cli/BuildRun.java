package io.briefs.cli;

import io.briefs.pipeline.BuildResult;
import io.briefs.pipeline.Pipeline;
import io.briefs.build.Timings;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** Runs a command that writes the site and reports how it went, alike for {@code build} and {@code merge}. */
final class BuildRun {
  /** The command's work, given the date of {@code SOURCE_DATE_EPOCH} (or null). */
  @FunctionalInterface
  interface Work {
    BuildResult run(Instant sourceDate) throws BriefsException, IOException;
  }

  private final PrintWriter stdout;
  private final PrintWriter err;
  private final boolean verbose;
  private final boolean quiet;
  private final Map<String, String> env;
  private final ProjectArgs project;

  BuildRun(CommandLine cl, OutputArgs output, Map<String, String> env, ProjectArgs project) {
    this.stdout = cl.getOut();
    this.err = cl.getErr();
    this.verbose = output.verbose;
    this.quiet = output.quiet;
    this.env = env;
    this.project = project;
  }

  /**
   * Reads {@code SOURCE_DATE_EPOCH} (a usage error when malformed), runs {@code work}, prints its warnings and one summary line, and writes the stage times to
   * {@code timingsFile} when one is given.
   *
   * @return the exit code
   */
  int run(Work work, Path out, Timings timings, Path timingsFile) {
    Instant sourceDate;
    try {
      sourceDate = SourceDate.from(env);
    } catch (IllegalArgumentException e) {
      err.println("briefs: " + e.getMessage());
      return Main.USAGE;
    }
    long start = System.nanoTime();
    try {
      BuildResult result = work.run(sourceDate);
      Reporter.print(err, project.warnings());
      Reporter.print(err, result.warnings());
      if (!quiet) {
        result.notes().forEach(n -> err.println("briefs: note: " + n));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (result.upToDate()) {
        stdout.printf(Locale.ROOT, "%s is up to date (%s) in %.1f s%n", out, Reporter.plural(result.briefs(), "brief"),
            seconds);
      } else {
        stdout.printf(Locale.ROOT, "built %s into %s in %.1f s (%d rendered, %d unchanged)%s%n",
            Reporter.plural(result.briefs(), "brief"), out, seconds, result.rendered(),
            result.briefs() - result.rendered(), result.unread() == 0 ? ""
                : "; " + result.unread() + (result.unread() == 1 ? " unchanged company" : " unchanged companies")
                    + " not read again");
      }
      if (timingsFile != null) {
        timings.write(timingsFile, result.briefs(), result.rendered());
      }
      return Main.OK;
    } catch (BriefsException e) {
      if (verbose && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      Reporter.failed(err, e.diagnostics(), "build failed", "; " + out + " was not changed");
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: build failed: " + Printable.escape(e.getMessage()) + "; " + out + " was not changed");
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.FAILED;
    }
  }
}
