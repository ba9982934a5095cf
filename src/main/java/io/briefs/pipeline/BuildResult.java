package io.briefs.pipeline;

import io.briefs.diag.Diagnostic;
import java.util.List;

/**
 * What a build produced.
 *
 * @param briefs the briefs in the site
 * @param rendered how many of them were rendered (the others were carried unchanged)
 * @param upToDate whether the site was already what the build would make, and nothing was written
 * @param warnings what the build found that did not stop it
 * @param unread how many companies were not read at all (none of their files changed)
 */
public record BuildResult(int briefs, int rendered, boolean upToDate, List<Diagnostic> warnings, int unread) {

  /** Copies the list. */
  public BuildResult {
    warnings = List.copyOf(warnings);
  }
}
