package io.briefs.cli;

import io.briefs.diag.Diagnostic;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** How {@code briefs validate} prints its diagnostics. */
enum OutputFormat {
  /** {@code path:line:column: severity: message} lines on standard error, for people. */
  TEXT,
  /** GitHub Actions workflow commands on standard output, shown as annotations on a PR. */
  GITHUB,
  /** One JSON array on standard output, for other tools. */
  JSON;

  /** The diagnostics in this format, or null for text (printed line by line by the reporter). */
  String render(List<Diagnostic> diagnostics) {
    return switch (this) {
      case TEXT -> null;
      case GITHUB -> GithubAnnotations.of(diagnostics);
      case JSON -> DiagnosticsJson.of(diagnostics);
    };
  }

  /** Reads {@code text}, {@code github} or {@code json} from the command line. */
  static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "`" + value + "` is not a format; expected text, github or json");
    }
  }
}
