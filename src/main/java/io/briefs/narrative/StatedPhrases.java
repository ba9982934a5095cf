package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.ChangeFacts;
import io.briefs.metrics.Fact;
import io.briefs.metrics.MarginFigure;
import io.briefs.metrics.OneOffItem;
import java.util.List;

/**
 * The wording of what companies state beyond a figure and its change in percent (dataset format
 * 1.1): a change at constant currency ("up 6% at constant currency"), a change given without its
 * figure ("Networking revenue rose 4.3% year over year"), a margin as stated with its change in
 * basis points, and one-off items. Changes the company states are shown as stated, to one decimal.
 */
final class StatedPhrases {
  private final Phrases phrases;
  private final Names names;

  StatedPhrases(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  /** " (up 6% at constant currency)" after a figure's change; nothing when not stated. */
  void constantCurrency(Prose.Builder b, ChangeFacts c) {
    if (c == null || c.alone() || c.ccPct() == null) {
      return;
    }
    b.text(" (");
    upDown(b, c.ccPct());
    b.text(" at constant currency)");
  }

  /**
   * A figure given by its change alone: "{name} climbed 4.3%{since} (up 6% at constant
   * currency)", "{name} rose 6% at constant currency{since}", or, for a percentage, "{name} was
   * up 120 basis points{since}". No full stop.
   */
  void alone(Prose.Builder b, String name, ChangeFacts c, String since) {
    if (c.pct() != null) {
      Style.Wording w = phrases.style().verb(c.pct().value());
      b.text(name + " ").word(c.pct(), w.direction(), w.verb(), phrases.style().band());
      if (w.direction() != Direction.FLAT) {
        b.text(" ").num(c.pct(), DisplayForm.MOVE);
      }
      b.text(since);
      if (c.ccPct() != null) {
        b.text(" (");
        upDown(b, c.ccPct());
        b.text(" at constant currency)");
      }
    } else if (c.ccPct() != null) {
      Style.Wording w = phrases.style().verb(c.ccPct().value());
      b.text(name + " ").word(c.ccPct(), w.direction(), w.verb(), phrases.style().band());
      if (w.direction() != Direction.FLAT) {
        b.text(" ").num(c.ccPct(), DisplayForm.MOVE);
      }
      b.text(" at constant currency" + since);
    } else {
      b.text(name + " was ");
      basisPoints(b, c.bps());
      b.text(since);
    }
  }

  /** ", a gross margin of 31.2%, up 120 basis points from a year earlier" after a money figure. */
  void marginClause(Prose.Builder b, MarginFigure margin, String label) {
    b.text(", " + article(label) + " " + label + " of ").num(margin.value(), DisplayForm.PERCENT1);
    phrases.basisPoints(b, margin.changeBps());
  }

  /** "The gross margin was 31.2%, up 120 basis points from a year earlier." for a margin alone. */
  void marginSentence(Prose.Builder b, MarginFigure margin, String label) {
    b.text(Names.capitalize(label) + " was ").num(margin.value(), DisplayForm.PERCENT1);
    phrases.basisPoints(b, margin.changeBps());
    b.text(".");
  }

  /**
   * "The results include one-off items: goodwill impairment of $1.4 billion in Networking and
   * restructuring charges of $120 million." Null without one-off items.
   */
  Prose oneOffs(BriefMetrics m) {
    List<OneOffItem> items = m.oneOffs();
    if (items.isEmpty()) {
      return null;
    }
    Prose.Builder b = phrases.builder();
    b.text(items.size() == 1 ? "The results include a one-off item: " : "The results include one-off items: ");
    for (int i = 0; i < items.size(); i++) {
      OneOffItem o = items.get(i);
      if (i > 0) {
        b.text(i == items.size() - 1 ? " and " : ", ");
      }
      b.text(Names.midSentence(o.item().label()) + " of ").num(o.amount(), DisplayForm.MONEY);
      if (o.item().segment() != null) {
        b.text(" in " + names.segment(o.item().segment()));
      }
    }
    return b.text(".").build();
  }

  /** "up 6%", "down 2%" or "flat" for a stated change in percent. */
  private void upDown(Prose.Builder b, Fact pct) {
    Style.Wording w = phrases.style().verb(pct.value());
    FlatRule band = phrases.style().band();
    if (w.direction() == Direction.FLAT) {
      b.word(pct, Direction.FLAT, "flat", band);
      return;
    }
    b.word(pct, w.direction(), w.direction() == Direction.UP ? "up" : "down", band).text(" ")
        .num(pct, DisplayForm.MOVE);
  }

  /** "up 120 basis points", "down 30 basis points" or "unchanged". */
  private void basisPoints(Prose.Builder b, Fact bps) {
    phrases.upDown(b, bps);
    if (bps.value().signum() != 0) {
      b.text(" ").num(bps, DisplayForm.BASIS_POINTS);
    }
  }

  /** "a" or "an" before a margin's name ("an operating margin", "a non-GAAP gross margin"). */
  private static String article(String label) {
    return "aeiou".indexOf(Character.toLowerCase(label.charAt(0))) >= 0 ? "an" : "a";
  }
}
