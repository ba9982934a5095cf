package io.briefs.narrative;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.BriefMetrics;
import io.briefs.model.Coverage;

/**
 * The check of a release's commentary numbers against its metrics, on its own, for {@code
 * validate}: a number that disagrees with the data would stop the build, so validation says so
 * first. The brief's writer runs the same check ({@link CommentarySection}).
 */
public final class CommentaryNumbers {
  private CommentaryNumbers() {}

  /** Reports each commentary number that names a figure of the brief but disagrees with it. */
  public static void check(BriefMetrics m, Diagnostics out) {
    Coverage c = m.quarter().coverage();
    if (c.commentary() == null || c.commentary().isBlank()) {
      return;
    }
    new CommentaryCheck(new Mentions(m, new Names(m.company())), new Numbers(m.company().currency()),
        c.commentaryLoc(), out).check(Markdown.parse(c.commentary()));
  }
}
