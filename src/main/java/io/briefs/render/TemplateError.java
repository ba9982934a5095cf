package io.briefs.render;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;

/** A template could not be rendered; the diagnostic names the template file and line. */
public final class TemplateError extends BriefsException {
  private static final long serialVersionUID = 1L;

  /** A failure at a place in a template. */
  public TemplateError(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic, cause);
  }
}
