package io.briefs.cli;

import io.briefs.pipeline.Pipeline;
import io.briefs.build.Progress;
import io.briefs.build.Scope;
import io.briefs.build.Timings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code briefs merge}: combines the outputs of {@code build --shard} into one site with its listing pages. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Combine the outputs of `briefs build --shard K/N` into the site and write the pages that"
        + " list the briefs (home, company pages, feeds, sitemap). Give the same --data, --templates and"
        + " options as the shard builds.")
final class MergeCommand implements Callable<Integer> {
  @CommandLine.Mixin ProjectArgs project;
  @CommandLine.Mixin SiteArgs site;
  @CommandLine.Mixin JobsArgs jobs;
  @CommandLine.Mixin OutputArgs output;

  @Parameters(paramLabel = "SHARD", arity = "1..*", description = "The output folders of the shard builds.")
  List<Path> shards;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  MergeCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Timings timings = new Timings();
    Scope scope = Scope.all(jobs.jobs(spec.commandLine()));
    return new BuildRun(spec.commandLine(), output, env, project).run(
        date -> new Pipeline(site.options(project, project.config(), date), scope, Progress.quiet(), timings)
            .merge(shards), site.out, timings, null);
  }
}
