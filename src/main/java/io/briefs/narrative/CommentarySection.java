package io.briefs.narrative;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.BriefMetrics;
import io.briefs.model.Coverage;
import java.util.List;
import org.commonmark.node.Node;

/** The editor's commentary: Markdown rendered safely, its numbers checked against the metrics. */
final class CommentarySection {
  private final Numbers numbers;
  private final Names names;
  private final Diagnostics diagnostics;

  CommentarySection(Numbers numbers, Names names, Diagnostics diagnostics) {
    this.numbers = numbers;
    this.names = names;
    this.diagnostics = diagnostics;
  }

  Brief.Section write(BriefMetrics m) {
    Coverage c = m.quarter().coverage();
    if (c.commentary() == null || c.commentary().isBlank()) {
      return null;
    }
    Node document = Markdown.parse(c.commentary());
    Prose checked = new CommentaryCheck(new Mentions(m, names), numbers, c.commentaryLoc(), diagnostics)
        .check(document);
    return new Brief.Section("commentary", "Commentary", List.of(new Block.Markup(Markdown.html(document), checked)));
  }
}
