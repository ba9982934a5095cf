package io.briefs.load;

import io.briefs.model.SourceLoc;
import java.util.List;

/** A YAML mapping; keys are unique (duplicates are reported while parsing). */
record MapNode(SourceLoc loc, List<MapNode.Pair> entries) implements Node {

  /** One key and its value. */
  record Pair(String key, SourceLoc keyLoc, Node value) {}

  MapNode {
    entries = List.copyOf(entries);
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
