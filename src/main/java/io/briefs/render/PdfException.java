package io.briefs.render;

import java.util.List;

/** The PDF renderer reported problems; the document must not be published. */
public final class PdfException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  /** A failure with the renderer's messages. */
  public PdfException(List<String> problems) {
    super(String.join("; ", problems.stream().distinct().toList()));
    this.problems = problems.stream().distinct().toList();
  }

  /** The renderer's messages. */
  public List<String> problems() {
    return problems;
  }
}
