package io.briefs.cli;

import io.briefs.diag.Diagnostic;
import io.briefs.diag.Printable;
import java.util.List;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...::...}),
 * which GitHub shows as annotations on the lines of a pull request. Text echoed from the data goes
 * through {@link Printable#escape} first, as on a terminal (no control character reaches the log),
 * then the Actions toolkit's escaping: {@code %}, CR and LF in the message; also {@code :} and
 * {@code ,} in properties.
 */
final class GithubAnnotations {
  private GithubAnnotations() {}

  /** One command per diagnostic, each ending with a newline. */
  static String of(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append("::").append(command(d)).append(" file=").append(property(d.file()));
      if (d.line() > 0) {
        out.append(",line=").append(d.line()).append(",col=").append(d.column());
      }
      out.append("::").append(data(d.message())).append('\n');
    }
    return out.toString();
  }

  private static String command(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /** Escapes a message. */
  static String data(String text) {
    return Printable.escape(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
