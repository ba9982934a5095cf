package io.briefs.cli;

import io.briefs.BuildOptions;
import io.briefs.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefs validate}: checks the datasets without rendering anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check the datasets and report every problem, without rendering.")
final class ValidateCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline.Loaded loaded = new Pipeline(new BuildOptions(data, null, null, null)).load();
    Reporter.print(err, loaded.diagnostics());
    if (loaded.hasErrors()) {
      err.println("briefs: " + Reporter.summary(loaded.diagnostics()));
      return Main.FAILED;
    }
    int quarters = loaded.corpus().companies().stream().mapToInt(c -> c.quarters().size()).sum();
    int companies = loaded.corpus().companies().size();
    out.println("ok: " + companies + (companies == 1 ? " company, " : " companies, ")
        + Reporter.plural(quarters, "quarter"));
    return Main.OK;
  }
}
