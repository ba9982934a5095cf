package io.briefs.narrative;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.SourceLoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        verify(token, mention, at, sentence);
      }
    }
  }

  private void verify(NumberToken token, Mentions.Mention mention, SourceLoc at, String sentence) {
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
        Direction said = token.money() || !isChange(f) ? null : said(sentence, token.start());
        int sign = f.value().signum();
        if (said != null && sign != 0 && said != Direction.of(sign)) {
          diagnostics.error(at, "commentary says " + (said == Direction.UP ? "a rise" : "a fall") + " of "
              + token.text() + " for " + mention.name() + ", but the data gives " + (sign > 0 ? "a rise" : "a fall")
              + " of " + show(f) + " (" + f.id() + ", " + f.formula() + ")");
          return;
        }
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

  /** Whether a percentage fact is a change (which has a direction), not a level such as a margin. */
  private static boolean isChange(Fact f) {
    String id = f.id();
    return id.endsWith("yoy_pct") || id.endsWith("qoq_pct") || id.endsWith("growth_pct") || id.endsWith("surprise_pct");
  }

  private static final Pattern UP = Pattern.compile(
      "\\b(rose|rise|rises|risen|grew|grow|grows|grown|increased|increases|up|climbed|climbs|jumped|jumps|surged|"
          + "surges|soared|soars|gained|gains|higher|beat|beats|topped|above|improved|expanded|widened)\\b");
  private static final Pattern DOWN = Pattern.compile(
      "\\b(fell|fall|falls|fallen|declined|declines|decreased|decreases|down|dropped|drops|slipped|slips|"
          + "plunged|plunges|tumbled|tumbles|shrank|shrinks|lower|missed|misses|below|contracted|narrowed|sank)\\b");

  /**
   * The direction the words before a percentage give it, in its clause ("CSG operating income
   * fell 16%"), or null: none, or the percentage is a level reached ("narrowed to 5.2%").
   */
  static Direction said(String sentence, int at) {
    String before = sentence.substring(0, at).toLowerCase(Locale.ROOT);
    int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(':')),
        Math.max(Math.max(before.lastIndexOf(" and "), before.lastIndexOf(" while ")),
            Math.max(before.lastIndexOf(" but "), before.lastIndexOf('('))));
    String words = before.substring(clause + 1);
    Matcher up = UP.matcher(words);
    Matcher down = DOWN.matcher(words);
    int lastUp = -1;
    int lastDown = -1;
    while (up.find()) {
      lastUp = up.end();
    }
    while (down.find()) {
      lastDown = down.end();
    }
    int last = Math.max(lastUp, lastDown);
    if (last < 0 || words.substring(last).matches(".*\\b(to|from|at)\\b.*")) {
      return null;
    }
    return lastUp > lastDown ? Direction.UP : Direction.DOWN;
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
