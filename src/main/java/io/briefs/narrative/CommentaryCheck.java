package io.briefs.narrative;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.SourceLoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Checks the numbers of editorial commentary against the metrics. Each money amount or
 * percentage is attributed to the metric named nearest before it in its sentence ("non-GAAP EPS
 * rose 15%"); when none of that metric's figures reads as the number at the precision written,
 * it is an error that gives both values. Numbers naming no known metric are a warning.
 */
final class CommentaryCheck {
  private final Mentions mentions;
  private final Numbers numbers;
  private final SourceLoc start;
  private final Diagnostics diagnostics;
  private final Prose.Builder matched;

  CommentaryCheck(Mentions mentions, Numbers numbers, SourceLoc start, Diagnostics diagnostics) {
    this.mentions = mentions;
    this.numbers = numbers;
    this.start = start;
    this.diagnostics = diagnostics;
    this.matched = new Prose.Builder(numbers);
  }

  /** A text node's place in the joined text of its block. */
  private record Anchor(int offset, Text node) {}

  /** Checks every paragraph and heading; returns the matched numbers tied to their facts. */
  Prose check(Node document) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        checkBlock(paragraph);
        visitChildren(paragraph);
      }

      @Override
      public void visit(Heading heading) {
        checkBlock(heading);
        visitChildren(heading);
      }

      @Override
      public void visit(Image image) {
        diagnostics.warning(at(image), "commentary image " + image.getDestination() + " is shown as its alt"
            + " text: briefs never fetches anything from the network or from files");
      }

      @Override
      public void visit(Link link) {
        if (!Markdown.isWebOrMail(link.getDestination())) {
          diagnostics.warning(at(link), "commentary link " + link.getDestination() + " is not a web (http,"
              + " https) or mail address; it is shown as text");
        }
        visitChildren(link);
      }
    });
    return matched.build();
  }

  /** Where a Markdown node starts in the YAML file. */
  private SourceLoc at(Node node) {
    if (node.getSourceSpans().isEmpty()) {
      return start;
    }
    SourceSpan span = node.getSourceSpans().get(0);
    return new SourceLoc(start.file(), start.line() + span.getLineIndex(), start.column() + span.getColumnIndex());
  }

  /** Joins a block's inline text (line breaks as spaces) so a sentence over two lines stays whole. */
  private void checkBlock(Node block) {
    StringBuilder joined = new StringBuilder();
    List<Anchor> anchors = new ArrayList<>();
    block.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        anchors.add(new Anchor(joined.length(), text));
        joined.append(text.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        joined.append(' ');
      }

      @Override
      public void visit(HardLineBreak hardLineBreak) {
        joined.append(' ');
      }
    });
    String literal = joined.toString();
    int from = 0;
    for (String sentence : sentences(literal)) {
      int offset = literal.indexOf(sentence, from);
      from = offset + sentence.length();
      for (NumberToken token : NumberToken.find(sentence, numbers.symbol())) {
        Mentions.Mention mention = mentions.nearest(sentence, token.start());
        SourceLoc at = locate(anchors, offset + token.start());
        if (mention == null) {
          diagnostics.warning(at, "commentary number " + token.text() + " names no figure of this brief;"
              + " it is printed as written, unchecked");
          continue;
        }
        verify(token, mention, at);
      }
    }
  }

  private void verify(NumberToken token, Mentions.Mention mention, SourceLoc at) {
    List<Fact> candidates = mention.facts().stream()
        .filter(f -> token.money() == (f.unit() == FactUnit.MONEY || f.unit() == FactUnit.PER_SHARE))
        .filter(f -> token.money() || f.unit() == FactUnit.PERCENT)
        .toList();
    if (candidates.isEmpty()) {
      diagnostics.warning(at, "commentary number " + token.text() + " is not a figure of " + mention.name()
          + " this brief knows; it is printed as written, unchecked");
      return;
    }
    for (Fact f : candidates) {
      if (token.agrees(f.value())) {
        matched.num(f, DisplayForm.WRITTEN, token.text());
        return;
      }
    }
    Fact closest = candidates.stream()
        .min(Comparator.comparing((Fact f) -> (token.money() ? f.value() : f.value().abs()).subtract(token.value()).abs()))
        .orElseThrow();
    diagnostics.error(at, "commentary says " + token.text() + " for " + mention.name() + ", but the data gives "
        + show(closest) + " (" + closest.id() + ", " + closest.formula() + ")");
  }

  private String show(Fact f) {
    return switch (f.unit()) {
      case MONEY -> numbers.money(f.value());
      case PER_SHARE -> numbers.perShare(f.value());
      default -> Numbers.percent1(f.value().abs());
    };
  }

  /** The place in the YAML file of an offset in a block's joined text (by source spans). */
  private SourceLoc locate(List<Anchor> anchors, int offset) {
    Anchor anchor = null;
    for (Anchor a : anchors) {
      if (a.offset() <= offset) {
        anchor = a;
      }
    }
    if (anchor == null || anchor.node().getSourceSpans().isEmpty()) {
      return start;
    }
    SourceSpan span = anchor.node().getSourceSpans().get(0);
    int line = start.line() + span.getLineIndex();
    int column = start.column() + span.getColumnIndex() + (offset - anchor.offset());
    return new SourceLoc(start.file(), line, column);
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("(?<=[.!?;])\\s+(?=\\S)")) {
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }
}
