package io.briefs.load;

import io.briefs.model.SourceLoc;

/**
 * A YAML scalar with its text exactly as written and the type YAML resolved it to. Numbers are
 * never converted through binary floating point: the readers parse the text.
 *
 * @param contentLoc where the text itself starts: for a {@code |} or {@code >} block, the first
 *     character of the line after the indicator; otherwise {@code loc}
 */
record ScalarNode(SourceLoc loc, String text, Type kind, SourceLoc contentLoc) implements Node {

  /** A scalar whose text starts where the scalar does. */
  ScalarNode(SourceLoc loc, String text, Type kind) {
    this(loc, text, kind, loc);
  }

  /** The type the YAML parser resolved the scalar to. */
  enum Type {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }

  @Override
  public String describe() {
    return switch (kind) {
      case STRING -> "the text \"" + abbreviated() + "\"";
      case INTEGER, DECIMAL -> "the number " + abbreviated();
      case BOOLEAN -> "the word " + abbreviated();
      case NULL -> "an empty value";
    };
  }

  private String abbreviated() {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
