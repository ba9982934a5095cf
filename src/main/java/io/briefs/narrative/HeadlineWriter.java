package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
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
 * Writes the headline and the lede from the most newsworthy facts: a stock KPI that moved
 * sharply (a backlog), the segment that moved most, total revenue, and changes to the
 * full-year outlook.
 */
final class HeadlineWriter {
  private final Phrases phrases;
  private final Names names;
  private final GuidanceSection guidance;

  HeadlineWriter(Phrases phrases, Names names, GuidanceSection guidance) {
    this.phrases = phrases;
    this.names = names;
    this.guidance = guidance;
  }

  /** A headline clause and how newsworthy it is. */
  private record Candidate(
      String kind, double score, Measure measure, Change change, String name) {}

  Prose headline(BriefMetrics m) {
    List<Candidate> candidates = candidates(m);
    Prose.Builder b = phrases.builder();
    if (candidates.isEmpty()) {
      return b.text(names.company() + " reports " + m.quarter().period().displayName() + " results").build();
    }
    Candidate first = candidates.get(0);
    clause(b, first, true);
    candidates.stream().filter(c -> !c.kind().equals(first.kind())).findFirst().ifPresent(second -> {
      b.text(" as ");
      clause(b, second, false);
    });
    return b.build();
  }

  private List<Candidate> candidates(BriefMetrics m) {
    List<Candidate> out = new ArrayList<>();
    Measure revenue = m.result(Metric.REVENUE);
    if (revenue != null && revenue.yoy() != null) {
      out.add(new Candidate("revenue", 5 + abs(revenue.yoy()), revenue, revenue.yoy(), "revenue"));
    }
    for (SegmentMetrics s : m.segments()) {
      Measure r = s.revenue();
      if (r != null && r.yoy() != null && s.revenueShare() != null) {
        double weight = s.revenueShare().value().doubleValue() / 100;
        out.add(new Candidate("segment", abs(r.yoy()) * (0.5 + weight), r, r.yoy(),
            s.segment().shortName() + " revenue"));
      }
    }
    for (Measure k : m.kpis()) {
      boolean stock = m.company().kpi(((FigurePath.KpiValue) k.path()).kpi()).kind() == KpiKind.STOCK;
      Change c = stock && k.qoq() != null ? k.qoq() : k.yoy();
      if (c != null && !c.stated()) {
        out.add(new Candidate("kpi", Math.min(abs(c), 200) / (stock ? 4 : 8), k, c, names.of(k.path())));
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return out;
  }

  private static double abs(Change c) {
    return c.pct().value().abs().doubleValue();
  }

  /**
   * The first clause names the company and gives the new level ("Dell's ISG revenue climbs 22%
   * to $9.2 billion"; a change of 100% or more is left to the level); the second gives the change
   * ("as revenue climbs 6%").
   */
  private void clause(Prose.Builder b, Candidate c, boolean first) {
    Style.Wording w = phrases.style().verb(c.change().pct().value());
    b.text(first ? names.companyPossessive() + " " + c.name() + " " : c.name() + " ");
    b.word(c.change().pct(), w.direction(), Names.agree(c.name(), w.headlineVerb()));
    Shown shown = Phrases.shown(c.measure().value().unit());
    boolean huge = c.change().pct().value().abs().compareTo(BigDecimal.valueOf(100)) >= 0;
    if (w.direction() == Direction.FLAT) {
      b.text(" at ").num(c.measure().value(), shown);
      return;
    }
    if (!first || !huge) {
      b.text(" ").num(c.change().pct(), Shown.GROWTH);
    }
    if (first) {
      b.text(" to ").num(c.measure().value(), shown);
    }
  }

  Prose lede(BriefMetrics m) {
    Prose.Builder b = phrases.builder();
    Measure revenue = m.result(Metric.REVENUE);
    b.text(m.company().name() + " reported revenue of ").num(revenue.value(), Shown.MONEY)
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
    return b.build();
  }

  /** The segment whose revenue moved most, when it is a sizeable part of the company. */
  private static SegmentMetrics leadSegment(BriefMetrics m) {
    return m.segments().stream()
        .filter(s -> s.revenue() != null && s.revenue().yoy() != null && s.revenueShare() != null)
        .filter(s -> s.revenueShare().value().compareTo(BigDecimal.valueOf(20)) >= 0)
        .max(Comparator.comparing((SegmentMetrics s) -> s.revenue().yoy().pct().value().abs()))
        .orElse(null);
  }

  /** "AI server orders came to $12.1 billion and the AI server backlog stood at $14.4 billion." */
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
          .num(s.value(), Phrases.shown(s.value().unit())).text(" at quarter end.");
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

}
