package io.briefs.diag;

/** How serious a diagnostic is; only errors stop a build. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOTE("note");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in a diagnostic line. */
  public String label() {
    return label;
  }
}
