package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.OutlookNote;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalYear;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.PeriodRef;
import io.briefs.model.RangeForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * News items about the outlook: for each period guided, what happened to it (raised, cut, given
 * for a new fiscal year, reaffirmed, withdrawn), whether the release gave figures or only said so.
 * A quarter's guidance is given anew each quarter and is news only when it was changed.
 */
final class OutlookItems {
  private final Phrases phrases;
  private final Names names;
  private final GuidanceSection guidance;
  private final News news;

  OutlookItems(Phrases phrases, Names names, GuidanceSection guidance) {
    this.phrases = phrases;
    this.names = names;
    this.guidance = guidance;
    this.news = phrases.style().news();
  }

  /** What the outlook of one period amounts to. */
  record Verdict(PeriodRef period, GuidanceStatus status, List<GuidedFigure> figures, boolean newYear) {}

  /** The verdict of each guided period of the release, fiscal years first. */
  List<Verdict> verdicts(BriefMetrics m) {
    Map<PeriodRef, List<GuidedFigure>> byPeriod = new LinkedHashMap<>();
    m.guidance().forEach(g -> byPeriod.computeIfAbsent(g.period(), k -> new ArrayList<>()).add(g));
    List<Verdict> out = new ArrayList<>();
    FiscalYear current = m.quarter().period().fiscalYear();
    byPeriod.forEach((period, figures) -> {
      GuidanceStatus status = overall(figures);
      boolean newYear = period instanceof FiscalYear y && y.year() > current.year()
          && figures.stream().allMatch(g -> g.previous() == null);
      out.add(new Verdict(period, status, figures, newYear));
    });
    for (OutlookNote n : m.outlookNotes()) {
      out.add(new Verdict(n.period(), n.status(), List.of(), false));
    }
    out.sort((a, b) -> Boolean.compare(b.period() instanceof FiscalYear, a.period() instanceof FiscalYear));
    return out;
  }

  /** Raised when something was raised and nothing cut; cut the other way round; else the first figure's. */
  private static GuidanceStatus overall(List<GuidedFigure> figures) {
    boolean raised = figures.stream().anyMatch(g -> g.status() == GuidanceStatus.RAISED);
    boolean lowered = figures.stream().anyMatch(g -> g.status() == GuidanceStatus.LOWERED);
    if (raised != lowered) {
      return raised ? GuidanceStatus.RAISED : GuidanceStatus.LOWERED;
    }
    if (raised) {
      return GuidanceStatus.NARROWED; // raised one figure and cut another: revised, told figure by figure
    }
    GuidanceStatus first = figures.get(0).status();
    return first == null ? GuidanceStatus.INITIATED : first;
  }

  List<NewsItem> items(BriefMetrics m) {
    List<NewsItem> out = new ArrayList<>();
    for (Verdict v : verdicts(m)) {
      double score = score(v);
      if (score <= 0) {
        continue;
      }
      Tone tone = tone(v);
      NewsItem.Clause clause = (b, first, verbs) -> clause(b, v, first, verbs);
      NewsItem.Sentence takeaway = b -> guidance.verdict(b, v, false);
      out.add(new NewsItem(NewsKind.OUTLOOK, tone, score, "outlook." + v.period().label(), clause, takeaway));
      targets(v).forEach(out::add);
    }
    return out;
  }

  /**
   * A fiscal year's first target for an operating metric ("at least $15 billion of AI server
   * shipments"): news of its own, beside the year's revenue outlook, scored by the growth it asks.
   */
  private List<NewsItem> targets(Verdict v) {
    List<NewsItem> out = new ArrayList<>();
    if (!(v.period() instanceof FiscalYear)) {
      return out;
    }
    for (GuidedFigure g : v.figures()) {
      if (!(g.path() instanceof FigurePath.KpiValue) || g.previous() != null || g.current() == null
          || g.growth() != null || g.status() == GuidanceStatus.WITHDRAWN) {
        continue;
      }
      double growth = g.impliedGrowth() == null ? 0 : Math.min(60, Math.abs(g.impliedGrowth().value().doubleValue()));
      Tone tone = g.impliedGrowth() == null ? Tone.NEUTRAL : Tone.of(g.impliedGrowth().value().signum());
      String period = v.period().displayName();
      NewsItem.Clause clause = (b, first, verbs) -> {
        b.text((first ? names.company() + " " : "it ") + verbs.take("targets") + " " + period + " "
            + names.of(g.path()) + " of ");
        guidance.range(b, g.current(), false);
      };
      NewsItem.Sentence takeaway = b -> {
        b.text(names.company() + " expects " + period + " " + names.of(g.path()) + " of ");
        guidance.range(b, g.current(), false);
        guidance.implied(b, g);
        b.text(".");
      };
      out.add(new NewsItem(NewsKind.OUTLOOK, tone, news.weights().newOutlook() / 2 + growth / 2,
          "outlook." + period + "." + g.path().key(), clause, takeaway));
    }
    return out;
  }

  private double score(Verdict v) {
    News.Weights w = news.weights();
    boolean year = v.period() instanceof FiscalYear;
    if (v.newYear()) {
      GuidedFigure revenue = v.figures().stream().filter(g -> g.impliedGrowth() != null).findFirst().orElse(null);
      return w.newOutlook() + (revenue == null ? 0 : Math.abs(revenue.impliedGrowth().value().doubleValue()));
    }
    double change = year ? w.guidanceChange() : w.guidanceChange() / 2;
    return switch (v.status()) {
      case RAISED, LOWERED -> change;
      case WITHDRAWN -> change * 1.6;
      case NARROWED, WIDENED -> change / 3;
      case REAFFIRMED -> year ? change / 5 : 0;
      case INITIATED -> 0;
    };
  }

  private static Tone tone(Verdict v) {
    return switch (v.status()) {
      case RAISED -> Tone.GOOD;
      case LOWERED, WITHDRAWN -> Tone.BAD;
      case INITIATED -> v.figures().stream().filter(g -> g.impliedGrowth() != null).findFirst()
          .map(g -> Tone.of(g.impliedGrowth().value().signum())).orElse(Tone.NEUTRAL);
      default -> Tone.NEUTRAL;
    };
  }

  /** "Dell raises its FY2026 outlook", "it forecasts FY2027 revenue of $138 billion to $142 billion". */
  private void clause(Prose.Builder b, Verdict v, boolean first, HeadlineVerbs verbs) {
    String who = first ? names.company() + " " : "it ";
    String period = v.period().displayName();
    if (v.newYear()) {
      GuidedFigure lead = v.figures().get(0);
      b.text(who + verbs.take("forecasts") + " " + period + " " + names.of(lead.path()) + " of ");
      if (lead.current() != null && lead.current().range().form() == RangeForm.BOUNDS) {
        // a headline gives the midpoint, the lede the range
        b.text("about ").num(lead.current().mid(), Phrases.shown(lead.current().mid().unit()));
      } else {
        guidance.range(b, lead.current(), false);
      }
      return;
    }
    String verb = switch (v.status()) {
      case RAISED -> "raises";
      case LOWERED -> "cuts";
      case WITHDRAWN -> "withdraws";
      case REAFFIRMED -> "reaffirms";
      default -> "revises";
    };
    // the figure the verdict is about when only one was raised (cut), not those reaffirmed beside it
    List<GuidedFigure> about = v.figures().stream().filter(g -> g.status() == v.status()).toList();
    GuidedFigure only = about.size() == 1 ? about.get(0) : null;
    String what = only == null ? "" : " " + names.of(only.path());
    boolean moved = v.status() == GuidanceStatus.RAISED || v.status() == GuidanceStatus.LOWERED;
    if (only != null && only.change() != null && moved
        && Direction.of(only.change().value().signum()) != (v.status() == GuidanceStatus.RAISED ? Direction.UP
            : Direction.DOWN)) {
      // a status the company states against how the range moved ("raised" while its centre fell):
      // the outlook section reports the company's word; a headline verb is backed by the numbers
      b.text(who + verbs.take("revises") + " its " + period + what + " outlook");
      return;
    }
    if (only != null && only.change() != null && moved) {
      // one figure moved: its centre's change is the fact the verb states
      b.text(who).word(only.change(), Direction.of(only.change().value().signum()), verbs.take(verb), FlatRule.SIGN)
          .text(" its " + period + what + " outlook");
      return;
    }
    b.text(who + verbs.take(verb) + " its " + period + what + " outlook");
  }
}
