package io.briefs.load;

import io.briefs.diag.Diagnostics;
import java.util.List;

/** Reads YAML sequences. */
final class Lists {
  private Lists() {}

  /** The items of a list node; an empty list after reporting when the node is not a list. */
  static List<Node> items(Node node, String context, Diagnostics diagnostics) {
    if (node instanceof ListNode list) {
      return list.items();
    }
    diagnostics.error(node.loc(), "expected a list for " + context + ", found " + node.describe());
    return List.of();
  }
}
