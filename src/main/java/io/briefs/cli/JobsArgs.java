package io.briefs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --jobs}: how many briefs (or companies, when reading the data) are worked on at once. */
final class JobsArgs {
  @Option(names = "--jobs", paramLabel = "N",
      description = "Briefs rendered (or companies read) at once (default: the number of cores).")
  Integer jobs;

  /** The number of jobs; below 1 is a usage error. */
  int jobs(CommandLine cl) {
    int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (n < 1) {
      throw new CommandLine.ParameterException(cl, "--jobs must be at least 1, got " + n);
    }
    return n;
  }
}
