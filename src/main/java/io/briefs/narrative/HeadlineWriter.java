package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.metrics.Surprise;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalYear;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.KpiKind;
import io.briefs.model.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the headline and the lede from the most newsworthy facts, scored by the style's
 * weights: a record backlog beats a 5% revenue rise. The headline joins the two best candidates
 * of different kinds; the lede states revenue, the leading segment, the operating metrics and the
 * outlook.
 */
final class HeadlineWriter {
  private final Phrases phrases;
  private final Names names;
  private final GuidanceSection guidance;
  private final News news;

  HeadlineWriter(Phrases phrases, Names names, GuidanceSection guidance) {
    this.phrases = phrases;
    this.names = names;
    this.guidance = guidance;
    this.news = phrases.style().news();
  }

  Prose headline(BriefMetrics m) {
    List<Candidate> candidates = new Candidates(phrases, names, news).rank(m);
    Prose.Builder b = phrases.builder();
    if (candidates.isEmpty()) {
      return b.text(names.company() + " reports " + m.quarter().period().displayName() + " results").build();
    }
    Candidate first = candidates.get(0);
    first.clause(b, true);
    candidates.stream().filter(c -> !c.kind().equals(first.kind())).findFirst().ifPresent(second -> {
      b.text(" as ");
      second.clause(b, false);
    });
    return b.build();
  }

  Prose lede(BriefMetrics m) {
    Prose.Builder b = phrases.builder();
    Measure revenue = m.result(Metric.REVENUE);
    b.text(m.company().name() + " reported revenue of ").num(revenue.value(), DisplayForm.MONEY)
        .text(" for " + m.quarter().period().displayName());
    phrases.trailingChange(b, revenue.yoy(), " from a year earlier");
    SegmentMetrics lead = leadSegment(m);
    if (lead != null) {
      b.text(", as ");
      phrases.change(b, lead.segment().shortName() + " revenue", lead.revenue(), "");
    }
    b.text(".");
    kpis(b, m);
    outlook(b, m);
    surprise(b, m);
    return b.build();
  }

  /** The segment whose revenue moved most, when it is at least a fifth of the company. */
  private static SegmentMetrics leadSegment(BriefMetrics m) {
    return m.segments().stream()
        .filter(s -> s.revenue() != null && s.revenue().yoy() != null && s.revenueShare() != null)
        .filter(s -> s.revenueShare().value().compareTo(BigDecimal.valueOf(20)) >= 0)
        .max(Comparator.comparing((SegmentMetrics s) -> s.revenue().yoy().pct().value().abs()))
        .orElse(null);
  }

  /** "AI server orders came to $12.1 billion and the AI server backlog stood at $14.4 billion, ..." */
  private void kpis(Prose.Builder b, BriefMetrics m) {
    List<Measure> flows = new ArrayList<>();
    List<Measure> stocks = new ArrayList<>();
    for (Measure k : m.kpis()) {
      boolean stock = m.company().kpi(((FigurePath.KpiValue) k.path()).kpi()).kind() == KpiKind.STOCK;
      (stock ? stocks : flows).add(k);
    }
    if (flows.isEmpty() && stocks.isEmpty()) {
      return;
    }
    b.text(" ");
    if (!flows.isEmpty()) {
      Measure f = flows.get(0);
      b.text(Names.capitalize(names.of(f.path())) + " came to ").num(f.value(), Phrases.shown(f.value().unit()))
          .text(" in the quarter");
      b.text(stocks.isEmpty() ? "." : " and ");
    }
    if (!stocks.isEmpty()) {
      Measure s = stocks.get(0);
      String name = "the " + names.of(s.path());
      b.text((flows.isEmpty() ? Names.capitalize(name) : name) + " stood at ")
          .num(s.value(), Phrases.shown(s.value().unit())).text(" at quarter end");
      phrases.context(b, m.record(s.path()), null, m);
      b.text(".");
    }
  }

  /** "Dell reaffirmed its FY2026 revenue guidance ... and raised its non-GAAP EPS guidance ..." */
  private void outlook(Prose.Builder b, BriefMetrics m) {
    List<GuidedFigure> changed = m.guidance().stream()
        .filter(g -> g.period() instanceof FiscalYear)
        .filter(g -> g.status() != null && g.status() != GuidanceStatus.INITIATED)
        .filter(g -> g.path() instanceof FigurePath.Result)
        .toList();
    if (changed.isEmpty()) {
      return;
    }
    String year = changed.get(0).period().label();
    b.text(" " + names.company() + " ");
    for (int i = 0; i < changed.size(); i++) {
      if (i > 0) {
        b.text(i == changed.size() - 1 ? " and " : ", ");
      }
      GuidedFigure g = changed.get(i);
      guidance.statusClause(b, g, (i == 0 ? year + " " : "") + names.of(g.path()), true);
    }
    b.text(".");
  }

  /** The largest beat or miss against consensus, when it is news. */
  private void surprise(Prose.Builder b, BriefMetrics m) {
    m.surprises().stream()
        .filter(s -> s.surprisePct().value().abs().compareTo(news.surprisePct()) >= 0)
        .max(Comparator.comparing((Surprise s) -> s.surprisePct().value().abs()))
        .ifPresent(s -> {
          int sign = s.surprisePct().value().signum();
          DisplayForm shown = Phrases.shown(s.actual().unit());
          b.text(" " + Names.capitalize(Names.metric(s.metric())) + " of ").num(s.actual(), shown).text(" ")
              .word(s.surprisePct(), sign > 0 ? Direction.UP : Direction.DOWN, sign > 0 ? "beat" : "missed",
                  FlatRule.SIGN)
              .text(" the consensus estimate of ").num(s.estimate(), shown).text(".");
        });
  }
}
