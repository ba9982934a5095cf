package io.briefs.cli;

import io.briefs.build.Progress;
import io.briefs.build.Scope;
import io.briefs.build.Timings;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.LoadResult;
import io.briefs.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code briefs validate}: checks the datasets without rendering anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check the datasets, the wording rules (style.yaml in the templates folder), the site"
        + " configuration (briefs.yaml) and the words of every brief as a build would, and report every"
        + " problem, without rendering.")
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Mixin ProjectArgs project;
  @CommandLine.Mixin JobsArgs jobs;
  @CommandLine.Mixin OutputArgs output;

  @Option(names = "--format", defaultValue = "text", converter = OutputFormat.Converter.class,
      paramLabel = "text|github|json",
      description = "text (default, on standard error), github (GitHub Actions annotations on standard"
          + " output) or json (one array on standard output).")
  OutputFormat format;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings as well as errors.")
  boolean strict;

  @Option(names = "--notes",
      description = "Also report notes, such as figures a release restated; notes never fail.")
  boolean notes;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics configProblems = new Diagnostics();
    project.config(configProblems);
    Scope scope = Scope.all(jobs.jobs(spec.commandLine()));
    LoadResult checked;
    try {
      // every check build makes short of rendering: the same data gives the same diagnostics
      checked = new Pipeline(new BuildOptions(project.data, project.templates(), null, null), scope,
          Progress.quiet(), new Timings()).check();
    } catch (BriefsException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      err.println("briefs: " + Reporter.summary(e.diagnostics()));
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: " + e.getMessage());
      return Main.FAILED;
    }
    List<Diagnostic> all = new ArrayList<>(configProblems.sorted());
    all.addAll(checked.diagnostics());
    LoadResult loaded = new LoadResult(checked.corpus(), all);
    List<Diagnostic> shown = Reporter.shown(loaded.diagnostics(), notes);
    String rendered = format.render(shown);
    if (rendered == null) {
      shown.forEach(d -> err.println(d.format()));
    } else {
      out.print(rendered);
      out.flush();
    }
    boolean warned = loaded.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING);
    boolean failed = loaded.hasErrors() || strict && warned;
    if (loaded.hasErrors() || warned) {
      err.println("briefs: " + Reporter.summary(loaded.diagnostics())
          + (failed && !loaded.hasErrors() ? " (--strict: warnings fail)" : ""));
    }
    if (failed) {
      return Main.FAILED;
    }
    if (format == OutputFormat.TEXT && !output.quiet) {
      out.println(okLine(loaded));
    }
    return Main.OK;
  }

  private static String okLine(LoadResult loaded) {
    int quarters = loaded.corpus().companies().stream().mapToInt(c -> c.quarters().size()).sum();
    int events = loaded.corpus().companies().stream().mapToInt(c -> c.events().size()).sum();
    int companies = loaded.corpus().companies().size();
    return "ok: " + companies + (companies == 1 ? " company, " : " companies, ")
        + Reporter.plural(quarters, "quarter") + (events == 0 ? "" : ", " + Reporter.plural(events, "guidance event"));
  }
}
