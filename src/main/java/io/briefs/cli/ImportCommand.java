package io.briefs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code briefs import}: drafts dataset files from another source; the source is a subcommand. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Draft dataset files from another source.",
    subcommands = {SecImportCommand.class})
final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("briefs import: name a source: sec");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }
}
