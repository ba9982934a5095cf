package io.briefs.pipeline;

import io.briefs.diag.Diagnostic;
import java.util.List;

/** Every brief in scope rendered in memory, and the warnings found on the way. */
public record BriefBatch(List<BriefDocuments> briefs, List<Diagnostic> warnings) {

  /** Copies the lists. */
  public BriefBatch {
    briefs = List.copyOf(briefs);
    warnings = List.copyOf(warnings);
  }
}
