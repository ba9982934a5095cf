package io.briefs.pipeline;

import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.Corpus;
import java.util.List;

/** A loaded data folder and everything found wrong in it, sorted by file and line. */
public record LoadResult(Corpus corpus, List<Diagnostic> diagnostics) {

  /** Copies the list. */
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The warnings alone. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
  }
}
