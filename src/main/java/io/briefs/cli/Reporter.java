package io.briefs.cli;

import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as {@code path:line:column: severity: message}, one per line. */
final class Reporter {
  private Reporter() {}

  /** Prints errors and warnings; notes (restatements) only when asked for. */
  static void print(PrintWriter err, List<Diagnostic> diagnostics) {
    shown(diagnostics, false).forEach(d -> err.println(d.format()));
  }

  /** The diagnostics a user sees: notes never fail a run, so they are shown on request only. */
  static List<Diagnostic> shown(List<Diagnostic> diagnostics, boolean notes) {
    return notes ? diagnostics : diagnostics.stream().filter(d -> d.severity() != Severity.NOTE).toList();
  }

  /** The problems that stopped a command, then one line: "briefs: mail failed (1 error, 0 warnings); nothing was sent". */
  static void failed(PrintWriter err, List<Diagnostic> diagnostics, String what, String after) {
    print(err, diagnostics);
    err.println("briefs: " + what + " (" + summary(diagnostics) + ")" + after);
  }

  static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
