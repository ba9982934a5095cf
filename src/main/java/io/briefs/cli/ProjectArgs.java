package io.briefs.cli;

import io.briefs.config.SiteConfig;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.load.ConfigReader;
import io.briefs.render.BundledFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Where a project's inputs are, alike on every command: {@code --data}, {@code --templates} and
 * {@code --config}. Paths are relative to the current folder, the project folder.
 */
final class ProjectArgs {
  /** The templates folder when none is given. */
  static final Path TEMPLATES = Path.of("templates");

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec mixee;

  private List<Diagnostic> warnings = List.of();

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Templates folder (default: templates, or the bundled default templates when there is no"
          + " such folder).")
  Path templates;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The site configuration (default: " + SiteConfig.FILE + " in the current folder, when there"
          + " is one).")
  Path config;

  /**
   * The templates folder: {@code --templates}, else {@code templates} in the current folder, else
   * a copy of the bundled default templates.
   *
   * @throws CommandLine.ParameterException when {@code --templates} names no folder (a usage error)
   */
  Path templates() {
    if (templates != null) {
      if (!Files.isDirectory(templates)) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--templates " + templates + " is not a folder");
      }
      return templates;
    }
    if (Files.isDirectory(TEMPLATES)) {
      return TEMPLATES;
    }
    try {
      return BundledFolder.TEMPLATES.extracted();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled templates: " + e.getMessage(), e);
    }
  }

  /**
   * The configuration: {@code --config}, else {@code briefs.yaml} in the current folder, else the
   * defaults.
   *
   * @throws BriefsException with every problem of the file, located
   */
  SiteConfig config() throws BriefsException {
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig read = config(diagnostics);
    if (read == null) {
      throw new BriefsException(diagnostics.sorted());
    }
    warnings = diagnostics.sorted();
    return read;
  }

  /** The configuration, or null after reporting its errors into {@code diagnostics}. */
  SiteConfig config(Diagnostics diagnostics) {
    Path file = config == null ? Path.of(SiteConfig.FILE) : config;
    if (config == null && !Files.exists(file)) {
      return SiteConfig.defaults();
    }
    return new ConfigReader(diagnostics).read(file);
  }

  /** The warnings of the configuration last read (a hard-to-read accent colour). */
  List<Diagnostic> warnings() {
    return warnings.stream().filter(d -> d.severity() != Severity.ERROR).toList();
  }
}
