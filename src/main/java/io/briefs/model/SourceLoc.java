package io.briefs.model;

/** Where a value was written: a file path as the user gave it, 1-based line and column. */
public record SourceLoc(String file, int line, int column) {

  /** The whole file, for problems that have no better place. */
  public static SourceLoc file(String file) {
    return new SourceLoc(file, 0, 0);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
