package io.briefs.cli;

import io.briefs.build.Progress;
import io.briefs.build.Shard;
import io.briefs.build.Timings;
import io.briefs.pipeline.Pipeline;
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
  @CommandLine.Mixin ProjectArgs project;
  @CommandLine.Mixin SiteArgs site;
  @CommandLine.Mixin SelectArgs select;
  @CommandLine.Mixin JobsArgs jobs;
  @CommandLine.Mixin ForceArgs force;

  @Option(names = "--shard", paramLabel = "K/N", converter = SelectArgs.ShardConverter.class,
      description = "Build only shard K of N (a fixed share of the briefs) and no listing pages; combine the"
          + " shards with `briefs merge`.")
  Shard shard;

  @Option(names = "--timings", paramLabel = "FILE",
      description = "Write the time spent in each stage (load, metrics, charts, HTML, PDF...) to FILE as JSON.")
  Path timingsFile;

  @CommandLine.Mixin OutputArgs output;

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
    Progress progress = output.quiet ? Progress.quiet() : Progress.to(spec.commandLine().getErr(), terminal);
    var scope = select.scope(jobs.jobs(spec.commandLine()), force.force, shard);
    return new BuildRun(spec.commandLine(), output, env, project).run(
        date -> new Pipeline(site.options(project, project.config(), date), scope, progress, timings).build(),
        site.out, timings, timingsFile);
  }
}
