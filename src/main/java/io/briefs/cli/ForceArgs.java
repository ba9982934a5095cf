package io.briefs.cli;

import picocli.CommandLine.Option;

/** {@code --force}: render every selected brief, even those whose inputs did not change. */
final class ForceArgs {
  @Option(names = "--force", description = "Render every selected brief, even those whose inputs did not change.")
  boolean force;
}
