package io.briefs.diag;

import java.util.List;

/**
 * A failure the user can fix (bad data, a broken template): carries diagnostics, never a stack
 * trace for the user.
 */
public class BriefsException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  /** A failure described by one or more diagnostics. */
  public BriefsException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).format());
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A failure with one diagnostic and its cause, kept for --verbose. */
  public BriefsException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.format(), cause);
    this.diagnostics = List.of(diagnostic);
  }

  /** The problems, sorted. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
