package io.briefs.metrics;

import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.Segment;
import io.briefs.model.SegmentLine;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Derives each segment's measures, margins and shares for one brief. */
final class SegmentDeriver {
  private final Measures measures;
  private final PriorLookup lookup;

  SegmentDeriver(Measures measures, PriorLookup lookup) {
    this.measures = measures;
    this.lookup = lookup;
  }

  List<SegmentMetrics> derive(Company company, Fact totalRevenue) {
    List<Segment> segments = company.segments();
    List<Measure> revenues = new ArrayList<>();
    List<Measure> incomes = new ArrayList<>();
    for (Segment s : segments) {
      revenues.add(measures.of(new FigurePath.SegmentRevenue(s.id()), FactUnit.MONEY));
      incomes.add(measures.of(new FigurePath.SegmentOperatingIncome(s.id()), FactUnit.MONEY));
    }
    Fact totalIncome = sum("segments.operating_income.total", incomes, Measure::value);
    Fact totalIncomePrior = sum("segments.operating_income.total_prior", incomes, SegmentDeriver::yoyBase);
    List<SegmentMetrics> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      Measure revenue = revenues.get(i);
      Measure income = incomes.get(i);
      List<Measure> lines = lines(s);
      if (revenue == null && income == null && lines.isEmpty() && !statesMore(s)) {
        continue;
      }
      String id = "segments." + s.id();
      MarginFigure stated = Margins.figure(lookup, new FigurePath.SegmentOperatingMargin(s.id()),
          id + ".operating_margin", Margins.share(id + ".operating_margin", value(income), value(revenue)),
          Margins.share(id + ".operating_margin_prior", yoyBase(income), yoyBase(revenue)));
      Fact margin = stated == null ? null : stated.value();
      Fact share = Margins.shareOfTotal(id + ".operating_income_share", value(income), totalIncome);
      Fact priorShare =
          Margins.shareOfTotal(id + ".operating_income_share_prior", yoyBase(income), totalIncomePrior);
      out.add(new SegmentMetrics(
          s, revenue, income, margin, stated == null ? null : stated.prior(),
          stated == null ? null : stated.changeBps(),
          share, priorShare,
          Margins.changePoints(id + ".operating_income_share.yoy_points", share, priorShare),
          Margins.share(id + ".revenue_share", value(revenue), totalRevenue),
          lines));
    }
    return out;
  }

  /** Whether the segment has figures beyond amounts: a stated margin, or changes given alone. */
  private boolean statesMore(Segment s) {
    Figures f = lookup.current().figures();
    return new FigurePath.SegmentOperatingMargin(s.id()).in(f) != null
        || f.changesOnly().keySet().stream().anyMatch(p -> s.id().equals(p.segmentId()));
  }

  private List<Measure> lines(Segment s) {
    List<Measure> out = new ArrayList<>();
    for (SegmentLine line : s.lines()) {
      Measure m = measures.of(new FigurePath.Line(s.id(), line.id()), FactUnit.MONEY);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private static Fact value(Measure m) {
    return m == null ? null : m.value();
  }

  private static Fact yoyBase(Measure m) {
    return m == null || m.yoy() == null ? null : m.yoy().prior();
  }

  /** The sum of every segment's fact, or null unless all segments have one. */
  private static Fact sum(String id, List<Measure> measures, Function<Measure, Fact> pick) {
    List<Fact> facts = measures.stream().map(m -> m == null ? null : pick.apply(m)).toList();
    if (facts.isEmpty() || facts.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    BigDecimal total = facts.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    String formula = String.join(" + ", facts.stream().map(f -> Measures.plain(f.value())).toList());
    List<SourceLoc> inputs = facts.stream().flatMap(f -> f.inputs().stream()).toList();
    return new Fact(id, total, FactUnit.MONEY, formula, inputs);
  }
}
