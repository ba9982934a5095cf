package io.briefs.load;

import io.briefs.model.SourceLoc;

/** A YAML node with where it was written; the readers map these to the model. */
sealed interface Node permits MapNode, ListNode, ScalarNode {

  /** Where the node starts. */
  SourceLoc loc();

  /** What the node is, for messages: "a mapping", "a list", "the number 12". */
  String describe();
}
