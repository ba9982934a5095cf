package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidanceOutcome;
import io.briefs.metrics.MarketReaction;
import io.briefs.metrics.Measure;
import io.briefs.metrics.Surprise;
import io.briefs.model.FigurePath;
import io.briefs.model.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The news of a quarter, ranked: every item the data supports, each scored by the style's
 * weights, bad news exactly as good news of the same size. What leads the headline, what the lede
 * must say and what the takeaways add all come from this one ranking.
 */
final class NewsDesk {
  private final Phrases phrases;
  private final Names names;
  private final News news;
  private final OutlookItems outlook;
  private final FigureItems figures;

  NewsDesk(Phrases phrases, Names names, GuidanceSection guidance) {
    this.phrases = phrases;
    this.names = names;
    this.news = phrases.style().news();
    this.outlook = new OutlookItems(phrases, names, guidance);
    this.figures = new FigureItems(phrases, names);
  }

  /** Every item, best first; ties keep the order found, so the ranking is stable. */
  List<NewsItem> rank(BriefMetrics m) {
    List<NewsItem> out = new ArrayList<>();
    shareMove(m).ifPresent(out::add);
    m.surprises().forEach(s -> surprise(s).ifPresent(out::add));
    m.outcomes().forEach(o -> guidedRange(o).ifPresent(out::add));
    out.addAll(outlook.items(m));
    out.addAll(figures.items(m));
    swings(m, out);
    margin(m).ifPresent(out::add);
    out.sort(Comparator.comparingDouble(NewsItem::score).reversed());
    return out;
  }

  /** The shares' move after the release, when it is news: after hours, else the next session. */
  private Optional<NewsItem> shareMove(BriefMetrics m) {
    MarketReaction r = m.market();
    if (r == null) {
      return Optional.empty();
    }
    Fact move = r.afterHoursChangePct() != null ? r.afterHoursChangePct() : r.nextDayChangePct();
    if (move == null || move.value().abs().compareTo(news.shareMovePct()) < 0) {
      return Optional.empty();
    }
    String when = r.afterHoursChangePct() != null ? " after hours" : " the next day";
    int sign = move.value().signum();
    boolean big = move.value().abs().compareTo(BigDecimal.TEN) >= 0;
    String verb = sign > 0 ? (big ? "jump" : "rise") : (big ? "sink" : "fall");
    NewsItem.Clause clause = (b, first, verbs) -> {
      b.text(first ? names.company() + " shares " : "shares ");
      b.word(move, Direction.of(sign), verbs.take(verb), FlatRule.SIGN).text(" ").num(move, DisplayForm.MOVE)
          .text(when);
    };
    NewsItem.Sentence takeaway = b -> {
      b.text(names.company() + " shares ");
      b.word(move, Direction.of(sign), sign > 0 ? "rose" : "fell", FlatRule.SIGN).text(" ")
          .num(move, DisplayForm.MOVE).text(r.afterHoursChangePct() != null ? " in after-hours trading"
              : " in the next session");
      if (r.previousClose() != null) {
        b.text(" from a close of ").num(r.previousClose(), DisplayForm.PER_SHARE);
      }
      b.text(".");
    };
    return Optional.of(new NewsItem(NewsKind.SHARE_MOVE, Tone.of(sign),
        news.weights().shareMove() * move.value().abs().doubleValue(), "market", clause, takeaway));
  }

  /** A beat or miss against consensus of at least the style's size. */
  private Optional<NewsItem> surprise(Surprise s) {
    Fact pct = s.surprisePct();
    if (pct.value().abs().compareTo(news.surprisePct()) < 0) {
      return Optional.empty();
    }
    int sign = pct.value().signum();
    String metric = Names.metric(s.metric());
    NewsItem.Clause clause = (b, first, verbs) -> {
      String verb = verbs.take(sign > 0 ? "beats" : "misses");
      if (first) {
        b.text(names.company() + " ").word(pct, Direction.of(sign), verb, FlatRule.SIGN)
            .text(" " + metric + " estimates");
      } else {
        b.text(metric + " ").word(pct, Direction.of(sign), Names.agree(metric, verb), FlatRule.SIGN)
            .text(" estimates");
      }
    };
    DisplayForm shown = Phrases.shown(s.actual().unit());
    // the actual figure is the lede's and the results': the takeaway is the surprise
    NewsItem.Sentence takeaway = b -> b.text(Names.capitalize(metric) + " ")
        .word(pct, Direction.of(sign), sign > 0 ? "beat" : "missed", FlatRule.SIGN)
        .text(" the consensus estimate of ").num(s.estimate(), shown).text(" by ").num(pct, DisplayForm.GROWTH)
        .text(".");
    // a revenue miss or beat is the bigger news; any counts for more than its size alone
    double factor = s.metric() == Metric.REVENUE ? 2 : 1;
    return Optional.of(new NewsItem(NewsKind.CONSENSUS, Tone.of(sign),
        news.weights().surprise() * (pct.value().abs().doubleValue() + 2) * factor, "consensus." + s.metric().key(),
        clause, takeaway));
  }

  /** A result above or below the range the company guided a quarter earlier. */
  private Optional<NewsItem> guidedRange(GuidanceOutcome o) {
    if (o.position() == GuidanceOutcome.Position.WITHIN || !(o.path() instanceof FigurePath.Result)) {
      return Optional.empty();
    }
    boolean above = o.position() == GuidanceOutcome.Position.ABOVE;
    String name = names.of(o.path());
    NewsItem.Clause clause = (b, first, verbs) -> {
      b.text(first ? names.companyPossessive() + " " + name + " " : name + " ");
      String verb = verbs.take(above ? "tops" : "misses");
      b.word(o.excess(), above ? Direction.UP : Direction.DOWN, Names.agree(name, verb), FlatRule.SIGN)
          .text(" its own range");
    };
    NewsItem.Sentence takeaway = b -> {
      b.text(Names.capitalize(name) + " came in ")
          .word(o.excess(), above ? Direction.UP : Direction.DOWN, above ? "above" : "below", FlatRule.SIGN)
          .text(" the ");
      phrases.guidedRange(b, o);
      b.text(" " + names.company() + " guided in " + o.guidedIn().displayName() + ".");
    };
    Fact bound = above ? (o.guided().high() != null ? o.guided().high() : o.guided().mid())
        : (o.guided().low() != null ? o.guided().low() : o.guided().mid());
    double outside = bound == null || bound.value().signum() == 0 ? 0
        : o.excess().value().abs().doubleValue() / bound.value().abs().doubleValue() * 100;
    // a company's own revenue range is its promise; other figures' ranges count for less
    double factor = o.path().equals(new FigurePath.Result(Metric.REVENUE)) ? 1 : 0.4;
    return Optional.of(new NewsItem(NewsKind.GUIDED_RANGE, above ? Tone.GOOD : Tone.BAD,
        news.weights().guidedRange() * factor * (1 + outside / 10), "guided." + o.path().key(), clause, takeaway));
  }

  /** A result that crossed zero: "swings to a loss", "returns to a profit". */
  private void swings(BriefMetrics m, List<NewsItem> out) {
    for (Measure r : m.results()) {
      if (!r.swung()) {
        continue;
      }
      boolean toProfit = r.value().value().signum() > 0;
      String name = names.of(r.path());
      DisplayForm shown = Phrases.shown(r.value().unit());
      NewsItem.Clause clause = (b, first, verbs) -> {
        b.text(first ? names.companyPossessive() + " " + name + " " : name + " ");
        b.word(r.value(), Direction.of(toProfit ? 1 : -1), verbs.take("swings"), FlatRule.SIGN)
            .text(toProfit ? " to a profit of " : " to a loss of ").num(abs(r.value()), shown);
      };
      NewsItem.Sentence takeaway = b -> {
        phrases.swing(b, Names.capitalize(name), r);
        b.text(".");
      };
      out.add(new NewsItem(NewsKind.SWING, toProfit ? Tone.GOOD : Tone.BAD, news.weights().swing(),
          r.path().key(), clause, takeaway));
    }
  }

  /** The company's operating margin against a year earlier, in basis points. */
  private Optional<NewsItem> margin(BriefMetrics m) {
    Fact bps = m.operatingMarginChangeBps();
    Fact margin = m.operatingMargin();
    if (bps == null || margin == null || bps.value().abs().compareTo(BigDecimal.TEN) < 0) {
      return Optional.empty();
    }
    int sign = bps.value().signum();
    NewsItem.Clause clause = (b, first, verbs) -> {
      b.text(first ? names.companyPossessive() + " operating margin " : "operating margin ");
      b.word(bps, Direction.of(sign), verbs.take(sign > 0 ? "widens" : "narrows"), FlatRule.SIGN).text(" to ")
          .num(margin, DisplayForm.PERCENT1);
    };
    NewsItem.Sentence takeaway = b -> {
      b.text("The operating margin ").word(bps, Direction.of(sign), sign > 0 ? "widened" : "narrowed",
          FlatRule.SIGN).text(" to ").num(margin, DisplayForm.PERCENT1);
      Fact prior = m.operatingMarginPrior();
      if (prior != null) {
        b.text(" from ").num(prior, DisplayForm.PERCENT1).text(" a year earlier");
      }
      b.text(".");
    };
    return Optional.of(new NewsItem(NewsKind.MARGIN, Tone.of(sign),
        news.weights().marginChange() * bps.value().abs().doubleValue(), "results.operating_margin", clause,
        takeaway));
  }

  private static Fact abs(Fact f) {
    return Phrases.size(f);
  }
}
