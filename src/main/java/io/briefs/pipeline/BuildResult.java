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
 * @param renderedBriefs the briefs rendered, as {@code dell FY2026-Q1}, in the order planned
 * @param notes what the user may want to know about the build as a whole, not a problem of any
 *     file (a site built without a base URL): printed once, and not under {@code --quiet}
 */
public record BuildResult(int briefs, int rendered, boolean upToDate, List<Diagnostic> warnings, int unread,
    List<String> renderedBriefs, List<String> notes) {

  /** Copies the lists. */
  public BuildResult {
    warnings = List.copyOf(warnings);
    renderedBriefs = List.copyOf(renderedBriefs);
    notes = List.copyOf(notes);
  }

  /** A result that does not name the briefs it rendered. */
  public BuildResult(int briefs, int rendered, boolean upToDate, List<Diagnostic> warnings, int unread) {
    this(briefs, rendered, upToDate, warnings, unread, List.of(), List.of());
  }
}
