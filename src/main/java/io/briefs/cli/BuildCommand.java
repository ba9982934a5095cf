package io.briefs.cli;

import io.briefs.pipeline.Pipeline;
import io.briefs.build.Progress;
import io.briefs.build.Scope;
import io.briefs.build.Timings;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefs build}: validates the data, then renders the briefs whose inputs changed and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site (HTML and PDF briefs) from the datasets. Briefs whose inputs did not change"
        + " since the last build are kept as they are.")
final class BuildCommand implements Callable<Integer> {
  @CommandLine.Mixin BuildArgs build;
  @CommandLine.Mixin ScopeArgs scope;

  @Option(names = "--quiet", description = "Print only problems and the final line.")
  boolean quiet;

  @Option(names = "--timings", paramLabel = "FILE",
      description = "Write the time spent in each stage (load, metrics, charts, HTML, PDF...) to FILE as JSON.")
  Path timingsFile;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;
  private final boolean terminal;

  BuildCommand(Map<String, String> env, boolean terminal) {
    this.env = env;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Timings timings = new Timings();
    Progress progress = quiet ? Progress.quiet() : Progress.to(spec.commandLine().getErr(), terminal);
    Scope chosen = scope.scope(spec.commandLine());
    return new BuildRun(spec.commandLine(), verbose, env).run(
        date -> new Pipeline(build.options(date), chosen, progress, timings).build(), build.out, timings, timingsFile);
  }
}
