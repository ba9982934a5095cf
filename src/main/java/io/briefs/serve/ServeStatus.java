package io.briefs.serve;

import io.briefs.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * What the server shows: the outcome of the latest build, and pages rendered ahead of it.
 *
 * @param version counts the states shown (builds, successful or not, and previews); open pages
 *     compare it with the one they were served at
 * @param errors what stopped the latest build; empty when it succeeded
 * @param ahead pages rendered ahead of the build under way (the page of a quarter file just
 *     saved), by site path ({@code dell/fy2026-q1/index.html}); they are served instead of the
 *     files until the build has written them
 */
record ServeStatus(long version, List<Diagnostic> errors, Map<String, String> ahead) {

  /** Copies the collections. */
  ServeStatus {
    errors = List.copyOf(errors);
    ahead = Map.copyOf(ahead);
  }

  /** Whether the latest build failed. */
  boolean failed() {
    return !errors.isEmpty();
  }
}
