package io.briefs.chart;

import io.briefs.metrics.Decimals;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.Metric;
import io.briefs.model.PeriodRef;
import io.briefs.model.Segment;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Direction;
import io.briefs.narrative.DisplayForm;
import io.briefs.narrative.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The revenue charts: by quarter with the change from a year earlier, by fiscal year, by segment. */
final class RevenueCharts {
  private static final FigurePath REVENUE = new FigurePath.Result(Metric.REVENUE);

  private RevenueCharts() {}

  /** Revenue per quarter, each bar labelled with its change from a year earlier. */
  static ChartSpec byQuarter(ChartContext p) {
    History h = p.history();
    Grid g = new Grid(p.quarters());
    int s = g.add("Revenue", p.quarters().stream().map(q -> h.value(REVENUE, q)).toList());
    for (int i = 0; i < p.quarters().size(); i++) {
      g.label(s, i, h.yoy(REVENUE, p.quarters().get(i)), PointLabel.Role.CHANGE);
    }
    return p.finish("revenue", ChartKind.GROUPED_BAR, "Revenue by quarter", g, FactUnit.MONEY,
        (b, t, format) -> p.findings().trend(b, "Revenue", t.points(0), t.periods(), Findings.Verbs.AMOUNT,
            latestLabel(t, 0)));
  }

  /** Revenue per complete fiscal year (all four quarters known), with the change on the year before. */
  static ChartSpec byYear(ChartContext p) {
    List<FiscalYear> years = new ArrayList<>();
    for (FiscalQuarter q : p.quarters()) {
      if (years.isEmpty() || years.get(years.size() - 1).year() != q.year()) {
        years.add(new FiscalYear(q.year()));
      }
    }
    List<Fact> totals = years.stream().map(y -> p.history().yearTotal(REVENUE, y.year())).toList();
    Grid g = new Grid(years);
    int s = g.add("Revenue", totals);
    for (int i = 1; i < years.size(); i++) {
      g.label(s, i, growth(totals.get(i - 1), totals.get(i)), PointLabel.Role.CHANGE);
    }
    return p.finish("revenue-by-year", ChartKind.GROUPED_BAR, "Revenue by fiscal year", g, FactUnit.MONEY,
        (b, t, format) -> p.findings().trend(b, "Revenue", t.points(0), t.periods(), Findings.Verbs.AMOUNT,
            latestLabel(t, 0)));
  }

  /** Each segment's revenue stacked per quarter, each part labelled with its share of revenue. */
  static ChartSpec bySegment(ChartContext p) {
    History h = p.history();
    Grid g = new Grid(p.quarters());
    List<FigurePath> paths = new ArrayList<>();
    for (Segment seg : p.data().company().segments()) {
      FigurePath path = new FigurePath.SegmentRevenue(seg.id());
      int s = g.add(seg.shortName(), p.quarters().stream().map(q -> h.value(path, q)).toList());
      if (s >= 0) {
        paths.add(path);
      }
      for (int i = 0; i < p.quarters().size(); i++) {
        g.label(s, i, h.share(seg.id(), p.quarters().get(i)), PointLabel.Role.SHARE);
      }
    }
    if (g.leftOutSparse()) {
      return null; // a stack without one of its segments would misstate the whole
    }
    return p.finish("revenue-by-segment", ChartKind.STACKED_BAR, "Revenue by segment", g, FactUnit.MONEY,
        (b, t, format) -> describeSegments(p, b, t, paths));
  }

  /** The segment with the clearest trend, then the mix in the last quarter and how it moved. */
  private static void describeSegments(ChartContext p, Prose.Builder b, Grid g, List<FigurePath> paths) {
    Findings f = p.findings();
    int lead = 0;
    int best = -1;
    for (int s = 0; s < g.size(); s++) {
      List<Fact> pts = g.points(s);
      int last = Findings.lastIndex(pts);
      int run = f.run(pts, last, DisplayForm.MONEY).length();
      if (run > best) {
        best = run;
        lead = s;
      }
    }
    String name = g.names().get(lead);
    PeriodRef lastPeriod = g.periods().get(Findings.lastIndex(g.points(lead)));
    Fact yoy = lastPeriod instanceof FiscalQuarter q ? p.history().yoy(paths.get(lead), q) : null;
    f.trend(b, name + " revenue", g.points(lead), g.periods(), Findings.Verbs.AMOUNT, yoy);
    mix(p, b, g);
  }

  /** "In Q1 FY2026 ISG made up 44% of revenue and CSG 54%. ISG's share rose from 41% a year earlier." */
  private static void mix(ChartContext p, Prose.Builder b, Grid g) {
    int last = g.periods().size() - 1;
    List<PointLabel> shares = g.labels().stream().filter(l -> l.category() == last).toList();
    if (shares.isEmpty()) {
      return;
    }
    b.text(" In " + g.periods().get(last).displayName() + ", ");
    for (int i = 0; i < shares.size(); i++) {
      PointLabel l = shares.get(i);
      b.text(i == 0 ? "" : i == shares.size() - 1 ? " and " : ", ").text(g.names().get(l.series()) + " ");
      b.text(i == 0 ? "made up " : "").num(l.fact(), DisplayForm.PERCENT0).text(i == 0 ? " of revenue" : "");
    }
    b.text(".");
    int before = last - g.yearStep();
    for (PointLabel now : shares) {
      PointLabel then = before < 0 ? null : g.labels().stream()
          .filter(l -> l.category() == before && l.series() == now.series()).findFirst().orElse(null);
      Direction d =
          then == null ? Direction.FLAT : p.findings().move(then.fact(), now.fact(), DisplayForm.PERCENT0);
      if (d != Direction.FLAT) {
        b.text(" " + g.names().get(now.series()) + "'s share ")
            .word(Findings.change(then.fact(), now.fact()), d, d == Direction.UP ? "rose" : "fell",
                p.findings().between(then.fact(), DisplayForm.PERCENT0))
            .text(" from ").num(then.fact(), DisplayForm.PERCENT0).text(" a year earlier.");
        return;
      }
    }
  }

  /** The CHANGE label of a series at its last point, or null. */
  static Fact latestLabel(Grid g, int series) {
    int last = Findings.lastIndex(g.points(series));
    return g.labels().stream()
        .filter(l -> l.series() == series && l.category() == last && l.kind() == PointLabel.Role.CHANGE)
        .map(PointLabel::fact).findFirst().orElse(null);
  }

  private static Fact growth(Fact before, Fact now) {
    if (before == null || now == null || before.value().signum() <= 0) {
      return null;
    }
    BigDecimal pct = Decimals.growthPct(now.value(), before.value());
    List<SourceLoc> inputs = new ArrayList<>(now.inputs());
    inputs.addAll(before.inputs());
    String a = History.plain(now.value());
    String c = History.plain(before.value());
    return new Fact(now.id() + ".yoy_pct", pct, FactUnit.PERCENT, "(" + a + " - " + c + ") / " + c + " * 100",
        inputs);
  }
}
