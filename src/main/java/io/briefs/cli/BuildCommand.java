package io.briefs.cli;

import io.briefs.Pipeline;
import io.briefs.diag.BriefsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefs build}: validates the data, then writes the whole site. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site (HTML and PDF briefs) from the datasets.")
final class BuildCommand implements Callable<Integer> {
  @CommandLine.Mixin BuildArgs build;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  BuildCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant sourceDate;
    try {
      sourceDate = SourceDate.from(env);
    } catch (IllegalArgumentException e) {
      err.println("briefs: " + e.getMessage());
      return Main.USAGE;
    }
    long start = System.nanoTime();
    try {
      Pipeline.Result result = new Pipeline(build.options(sourceDate)).build();
      Reporter.print(err, result.warnings());
      stdout.printf(java.util.Locale.ROOT, "built %s into %s in %.1f s%n",
          Reporter.plural(result.briefs(), "brief"), build.out, (System.nanoTime() - start) / 1e9);
      return Main.OK;
    } catch (BriefsException e) {
      Reporter.print(err, e.diagnostics());
      if (verbose && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      err.println("briefs: build failed (" + Reporter.summary(e.diagnostics()) + "); " + build.out
          + " was not changed");
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: build failed: " + e.getMessage() + "; " + build.out + " was not changed");
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.FAILED;
    }
  }
}
