package io.briefs.load;

import io.briefs.model.SourceLoc;
import java.util.List;

/** A YAML sequence. */
record ListNode(SourceLoc loc, List<Node> items) implements Node {

  ListNode {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
