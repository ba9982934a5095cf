package io.briefs.cli;

import picocli.CommandLine.Option;

/** How much a command prints, alike on every command: {@code --quiet} and {@code --verbose}. */
final class OutputArgs {
  @Option(names = "--quiet", description = "Print only problems and the final line.")
  boolean quiet;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;
}
