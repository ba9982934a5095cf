package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidanceOutcome;
import io.briefs.metrics.Measure;
import io.briefs.metrics.Surprise;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalYear;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.Metric;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the lede: the verdict first. Results against what was expected (the consensus, and the
 * range the company itself guided a quarter earlier), then the outlook, then the market's answer,
 * in two sentences of at most {@value #MAX_WORDS} words and {@value #MAX_FIGURES} figures. A miss
 * is said as plainly as a beat; without expectations in the data, the revenue's change and the
 * quarter's biggest other news stand in.
 */
final class LedeWriter {
  static final int MAX_WORDS = 50;
  static final int MAX_FIGURES = 5;
  private static final int MOST_DETAIL = 2;

  private final Phrases phrases;
  private final Names names;
  private final OutlookItems outlook;
  private final GuidanceSection guidance;

  LedeWriter(Phrases phrases, Names names, OutlookItems outlook, GuidanceSection guidance) {
    this.phrases = phrases;
    this.names = names;
    this.outlook = outlook;
    this.guidance = guidance;
  }

  /** The lede, and the subjects it stated (the takeaways leave those to it). */
  record Lede(Prose prose, Set<String> subjects) {}

  /**
   * How much detail each part of a draft gives: the results (2: the estimates' figures too, 1: the
   * actual figures, 0: words alone), the outlook (1: its figure, 0: words) and the market (1: the
   * size of the move, 0: its direction), and whether there is a second sentence at all.
   */
  private record Detail(int results, int outlook, int market, boolean second) {}

  /** Drafts from the most detailed down, the outlook's figures given up first: the verdict keeps its numbers longest. */
  private static final List<Detail> DRAFTS = List.of(
      new Detail(2, 1, 1, true), new Detail(2, 0, 1, true), new Detail(1, 1, 1, true), new Detail(1, 0, 1, true),
      new Detail(1, 0, 0, true), new Detail(0, 0, 1, true), new Detail(0, 0, 0, true), new Detail(2, 0, 0, false),
      new Detail(1, 0, 0, false), new Detail(0, 0, 0, false));

  Lede write(BriefMetrics m, List<NewsItem> ranked, HeadlineWriter.Headline headline) {
    // a figure the headline gave is not given again: the lede adds to it (a figure said in the
    // headline, the lede and the body would be said three times in as many lines)
    Set<String> given = new HashSet<>();
    headline.prose().numbers().forEach(n -> given.add(n.text()));
    Lede lede = null;
    for (Detail d : DRAFTS) {
      lede = draft(m, ranked, given, d);
      if (fits(lede.prose())) {
        return lede;
      }
    }
    return lede;
  }

  static boolean fits(Prose p) {
    return words(p) <= MAX_WORDS && p.numbers().size() <= MAX_FIGURES;
  }

  static int words(Prose p) {
    String text = p.text().strip();
    return text.isEmpty() ? 0 : text.split("\\s+").length;
  }

  private Lede draft(BriefMetrics m, List<NewsItem> ranked, Set<String> given, Detail d) {
    Prose.Builder b = phrases.builder();
    Set<String> subjects = new LinkedHashSet<>();
    results(b, m, d.results(), subjects, given);
    if (d.second()) {
      Prose.Builder s = phrases.builder();
      outlookAndMarket(s, m, ranked, d, subjects, given);
      if (s.isEmpty()) {
        fallback(s, ranked, subjects);
      }
      if (!s.isEmpty()) {
        b.text(" ").append(s.build());
      }
    }
    return new Lede(b.build(), subjects);
  }

  /** "Dell's Q1 FY2026 revenue of $23.4 billion beat the $23.1 billion consensus, but non-GAAP EPS missed." */
  private void results(Prose.Builder b, BriefMetrics m, int detail, Set<String> subjects, Set<String> given) {
    Surprise revenue = m.surprise(Metric.REVENUE);
    GuidanceOutcome guided = outcome(m);
    Measure measure = m.result(Metric.REVENUE);
    String lead = names.companyPossessive() + " " + m.quarter().period().displayName() + " revenue";
    if (revenue != null) {
      // the actual and the estimate side by side never read alike
      DisplayForm money = phrases.distinct(revenue.actual(), revenue.estimate());
      actual(b, lead, revenue.actual(), money, given);
      phrases.againstConsensus(b, revenue, detail >= MOST_DETAIL, true, money);
      subjects.add("consensus.revenue");
      if (guided != null && guided.position() != GuidanceOutcome.Position.WITHIN) {
        b.text(" and came in ");
        phrases.position(b, guided);
        boolean oneSided = guided.guided().low() == null || guided.guided().high() == null;
        b.text(" the " + (oneSided ? "figure " : "range ") + names.company() + " had guided");
        subjects.add("guided." + guided.path().key());
        eps(b, m, revenue, detail, subjects, true);
        b.text(".");
        return;
      }
    } else if (guided != null) {
      // the figures the sentence shows: the bounds of a range, else its one end or midpoint
      boolean bounds = guided.guided().low() != null && guided.guided().high() != null;
      DisplayForm money = bounds ? phrases.distinct(guided.actual(), guided.guided().low(), guided.guided().high())
          : phrases.distinct(guided.actual(), guided.guided().mid() != null ? guided.guided().mid()
              : guided.guided().low() != null ? guided.guided().low() : guided.guided().high());
      actual(b, lead, guided.actual(), money, given);
      b.text(guided.position() == GuidanceOutcome.Position.WITHIN ? "was " : "came in ");
      phrases.position(b, guided);
      b.text(" the ");
      if (detail >= 1) {
        phrases.guidedRange(b, guided, money);
        b.text(" " + names.company() + " had guided");
      } else {
        boolean oneSided = guided.guided().low() == null || guided.guided().high() == null;
        b.text((oneSided ? "figure " : "range ") + names.company() + " had guided");
      }
      subjects.add("guided." + guided.path().key());
    } else if (measure != null) {
      phrases.change(b, lead, measure, " from a year earlier");
      subjects.add(measure.path().key());
    } else {
      b.text(names.company() + " reported its " + m.quarter().period().displayName() + " results");
    }
    eps(b, m, revenue, detail, subjects, false);
    b.text(".");
  }

  /** "Dell's Q1 FY2026 revenue of $23.4 billion ", or without the figure when the headline gave it. */
  private void actual(Prose.Builder b, String lead, Fact actual, DisplayForm money,
      Set<String> given) {
    if (given.contains(money.format(actual.value(), phrases.numbers()))) {
      b.text(lead + " ");
      return;
    }
    b.text(lead + " of ").num(actual, money).text(" ");
  }

  /**
   * ", but non-GAAP EPS of $1.55 missed the $1.69 expected"; after a clause that already has an
   * "and" ({@code separate}), a clause of its own: "; non-GAAP EPS of $2.32 also beat estimates".
   */
  private void eps(Prose.Builder b, BriefMetrics m, Surprise revenue, int detail, Set<String> subjects,
      boolean separate) {
    Surprise eps = m.surprise(Metric.EPS_NON_GAAP);
    eps = eps != null ? eps : m.surprise(Metric.EPS);
    if (eps == null) {
      return;
    }
    int sign = eps.surprisePct().value().signum();
    boolean opposite = revenue != null && revenue.surprisePct().value().signum() * sign < 0;
    boolean also = revenue != null && !opposite && sign != 0;
    if (separate) {
      b.text(opposite ? "; " + Names.metric(eps.metric()) : "; " + Names.metric(eps.metric()));
    } else {
      b.text((opposite ? ", but " : revenue != null ? " and " : ", while ") + Names.metric(eps.metric()));
    }
    if (detail >= 1) {
      b.text(" of ").num(eps.actual(), DisplayForm.PER_SHARE);
    }
    b.text(separate && also ? " also " : separate && opposite ? " however " : " ");
    phrases.againstConsensus(b, eps, detail >= MOST_DETAIL, revenue == null);
    subjects.add("consensus." + eps.metric().key());
  }

  /** "Dell raised its FY2026 non-GAAP EPS outlook to $9.40, and its shares rose 5.4% after hours." */
  private void outlookAndMarket(Prose.Builder b, BriefMetrics m, List<NewsItem> ranked, Detail d,
      Set<String> subjects, Set<String> given) {
    // a quarter's guidance is given anew each quarter: news when changed; a year's, whenever given
    OutlookItems.Verdict verdict = outlook.verdicts(m).stream()
        .filter(v -> v.period() instanceof FiscalYear
            || v.status() != GuidanceStatus.INITIATED)
        .findFirst().orElse(null);
    NewsItem market = ranked.stream().filter(i -> i.kind() == NewsKind.SHARE_MOVE).findFirst().orElse(null);
    if (verdict != null) {
      b.text(names.company() + " ");
      guidance.ledeClause(b, verdict, d.outlook(), given);
      subjects.add("outlook." + verdict.period().label());
    }
    if (market != null) {
      b.text(verdict != null ? (market.tone().opposes(tone(verdict)) ? ", but its shares " : ", and its shares ")
          : "Its shares ");
      // the size of the move once: not again when the headline gave it
      Fact move = m.market().afterHoursChangePct() != null ? m.market().afterHoursChangePct()
          : m.market().nextDayChangePct();
      phrases.shareMove(b, m.market(), d.market() >= 1 && !given.contains(DisplayForm.MOVE.format(move.value(),
          phrases.numbers())));
      subjects.add("market");
    }
    if (!b.isEmpty()) {
      b.text(".");
    }
  }

  private static Tone tone(OutlookItems.Verdict v) {
    return switch (v.status()) {
      case RAISED -> Tone.GOOD;
      case LOWERED, WITHDRAWN -> Tone.BAD;
      default -> Tone.NEUTRAL;
    };
  }

  /**
   * Without an outlook or a market move, the quarter's biggest other news: the headline's, told
   * with its detail, when the first sentence has not told it.
   */
  private static void fallback(Prose.Builder b, List<NewsItem> ranked, Set<String> subjects) {
    for (NewsItem item : ranked) {
      if (!subjects.contains(item.subject())) {
        item.takeaway().write(b);
        subjects.add(item.subject());
        return;
      }
    }
  }

  /** Revenue against the range guided for it a quarter earlier, when there was one. */
  private static GuidanceOutcome outcome(BriefMetrics m) {
    FigurePath revenue = new FigurePath.Result(Metric.REVENUE);
    return m.outcomes().stream().filter(o -> o.path().equals(revenue)).findFirst().orElse(null);
  }
}
