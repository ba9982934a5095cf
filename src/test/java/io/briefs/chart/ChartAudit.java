package io.briefs.chart;

import io.briefs.metrics.Decimals;
import io.briefs.metrics.Fact;
import io.briefs.metrics.Prior;
import io.briefs.metrics.PriorLookup;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Guidance;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every point of a chart against the figure it claims to be, re-derived straight from
 * the datasets: the fact id names the figure and the quarter, {@link PriorLookup} gives that
 * quarter's figure as the release sees it, and the point must equal it and sit in its quarter's
 * column. Independent of how the planner built the point.
 */
final class ChartAudit {
  private static final Pattern FIGURE = Pattern.compile("(.+?)(?:@(FY\\d{4}-Q[1-4]))?");
  private static final Pattern GUIDED = Pattern.compile("guidance\\.(FY\\d{4}-Q[1-4])\\.results\\.(\\w+)\\.guided\\.(low|high|mid)");

  private final CompanyData data;
  private final Quarter release;
  private final PriorLookup lookup;

  ChartAudit(CompanyData data, Quarter release) {
    this.data = data;
    this.release = release;
    this.lookup = new PriorLookup(data, release);
  }

  /** Every point that differs from its figure, or sits in the wrong column; empty when all agree. */
  List<String> check(ChartSpec spec) {
    List<String> problems = new ArrayList<>();
    for (Series s : spec.series()) {
      for (int i = 0; i < s.points().size(); i++) {
        Fact p = s.points().get(i);
        if (p != null) {
          check(spec, s, i, p, problems);
        }
      }
    }
    return problems;
  }

  private void check(ChartSpec spec, Series s, int column, Fact p, List<String> problems) {
    String where = spec.id() + " / " + s.name() + " / " + spec.categories().get(column) + " (" + p.id() + ")";
    Expected e = expected(p.id());
    if (e == null) {
      problems.add(where + ": no figure known by this id");
      return;
    }
    // a quarter shown on a revised basis carries a mark; it is still that quarter's column
    String category = spec.categories().get(column);
    if (!e.period().displayName().equals(category.endsWith(RevisedMarks.MARK)
        ? category.substring(0, category.length() - RevisedMarks.MARK.length()) : category)) {
      problems.add(where + ": in the column of " + spec.categories().get(column) + ", figure of " + e.period());
    }
    if (e.value() == null || e.value().compareTo(p.value()) != 0) {
      problems.add(where + ": charted " + p.value().toPlainString() + ", the data says "
          + (e.value() == null ? "nothing" : e.value().toPlainString()));
    }
  }

  private record Expected(FiscalQuarter period, BigDecimal value) {}

  private Expected expected(String id) {
    Matcher g = GUIDED.matcher(id);
    if (g.matches()) {
      FiscalQuarter q = FiscalQuarter.parse(g.group(1));
      return new Expected(q, guided(q, Metric.byKey(g.group(2)), g.group(3)));
    }
    Matcher m = FIGURE.matcher(id);
    if (!m.matches()) {
      return null;
    }
    FiscalQuarter q = m.group(2) == null ? release.period() : FiscalQuarter.parse(m.group(2));
    String key = m.group(1);
    if (key.endsWith(".operating_margin")) {
      String segment = key.startsWith("segments.") ? key.split("\\.")[1] : null;
      BigDecimal income = figure(segment == null ? new FigurePath.Result(Metric.OPERATING_INCOME)
          : new FigurePath.SegmentOperatingIncome(segment), q);
      BigDecimal revenue = figure(segment == null ? new FigurePath.Result(Metric.REVENUE)
          : new FigurePath.SegmentRevenue(segment), q);
      return new Expected(q, income == null || revenue == null ? null : Decimals.percentOf(income, revenue));
    }
    FigurePath path = path(key);
    return path == null ? null : new Expected(q, figure(path, q));
  }

  private FigurePath path(String key) {
    String[] parts = key.split("\\.");
    if (parts[0].equals("results") && parts.length == 2) {
      return new FigurePath.Result(Metric.byKey(parts[1]));
    }
    if (parts[0].equals("kpis") && parts.length == 2) {
      return new FigurePath.KpiValue(parts[1]);
    }
    if (parts[0].equals("segments") && parts.length == 3 && parts[2].equals("revenue")) {
      return new FigurePath.SegmentRevenue(parts[1]);
    }
    return null;
  }

  private BigDecimal figure(FigurePath path, FiscalQuarter q) {
    Prior p = lookup.find(q, path);
    return p == null ? null : p.amount().value();
  }

  /** The end of the range the release a quarter before {@code q} guided for it. */
  private BigDecimal guided(FiscalQuarter q, Metric metric, String end) {
    Quarter before = data.quarter(q.previous());
    if (before == null) {
      return null;
    }
    for (Guidance g : before.guidance()) {
      Range r = g.period().equals(q) ? g.metrics().get(metric) : null;
      if (r != null) {
        BigDecimal bound = end.equals("low") ? r.low() : end.equals("high") ? r.high() : r.mid();
        return bound != null ? bound : r.mid();
      }
    }
    return null;
  }
}
