package io.briefs.diag;

import io.briefs.model.SourceLoc;
import java.util.Comparator;

/**
 * One problem found in the user's files, printed as {@code path:line:column: severity: message}.
 *
 * <p>Line and column are 1-based; 0 means the problem concerns the whole file.
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  /** An error at a location. */
  public static Diagnostic error(SourceLoc at, String message) {
    return new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, message);
  }

  /**
   * The line a user sees: one line, whatever the file name or the message echo of the data holds
   * (see {@link Printable#escape}). A problem of a whole file (or folder) has no position to give
   * and gives none: {@code path: severity: message}, never an invented {@code path:0:0}.
   */
  public String format() {
    String where = line > 0 ? Printable.escape(file) + ":" + line + ":" + Math.max(column, 1)
        : Printable.escape(file);
    return where + ": " + severity.label() + ": " + Printable.escape(message);
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
