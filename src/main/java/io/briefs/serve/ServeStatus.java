package io.briefs.serve;

import io.briefs.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of the latest build the server ran.
 *
 * @param version counts finished builds (successful or not); open pages reload when it changes
 * @param errors what stopped the latest build; empty when it succeeded
 */
record ServeStatus(long version, List<Diagnostic> errors) {

  /** Copies the list. */
  ServeStatus {
    errors = List.copyOf(errors);
  }

  /** Whether the latest build failed. */
  boolean failed() {
    return !errors.isEmpty();
  }
}
