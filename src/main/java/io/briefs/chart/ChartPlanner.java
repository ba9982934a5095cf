package io.briefs.chart;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.Prior;
import io.briefs.metrics.PriorLookup;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Segment;
import io.briefs.narrative.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides which charts a brief shows and builds their specifications from the metrics. Past
 * quarters are read as the brief sees them, so restated figures are charted restated.
 */
public final class ChartPlanner {
  static final int MAX_QUARTERS = 8;

  private ChartPlanner() {}

  /** The charts of one brief, only those the data can fill. */
  public static List<ChartSpec> forBrief(CompanyData data, BriefMetrics m) {
    List<ChartSpec> charts = new ArrayList<>();
    ChartSpec segments = revenueBySegment(data, m);
    if (segments != null) {
      charts.add(segments);
    }
    return charts;
  }

  /** The quarters charted: up to eight, ending with the brief's, starting at the first with data. */
  static List<FiscalQuarter> window(CompanyData data, FiscalQuarter last) {
    FiscalQuarter first = data.quarters().get(0).period();
    List<FiscalQuarter> out = new ArrayList<>();
    for (FiscalQuarter q = last; out.size() < MAX_QUARTERS && q.compareTo(first) >= 0; q = q.previous()) {
      out.add(0, q);
    }
    return out;
  }

  /** Short label for an axis: "Q1 FY26". */
  static String label(FiscalQuarter q) {
    return "Q" + q.quarter() + " FY" + String.format("%02d", q.year() % 100);
  }

  private static ChartSpec revenueBySegment(CompanyData data, BriefMetrics m) {
    PriorLookup lookup = new PriorLookup(data, m.quarter());
    List<FiscalQuarter> quarters = window(data, m.quarter().period());
    List<Series> series = new ArrayList<>();
    for (Segment s : data.company().segments()) {
      List<Fact> points = new ArrayList<>();
      for (FiscalQuarter q : quarters) {
        Prior p = lookup.find(q, new FigurePath.SegmentRevenue(s.id()));
        points.add(p == null ? null : Fact.reported(
            "charts.revenue-by-segment." + s.id() + "." + q.slug(), p.amount().value(), FactUnit.MONEY,
            p.amount().loc()));
      }
      if (points.stream().anyMatch(Objects::nonNull)) {
        series.add(new Series(s.shortName(), points));
      }
    }
    if (series.isEmpty()) {
      return null;
    }
    List<String> categories = quarters.stream().map(ChartPlanner::label).toList();
    return new ChartSpec("revenue-by-segment", ChartKind.STACKED_BAR, "Revenue by segment",
        describe(series, quarters, new Numbers(data.company().currency())), categories, series, FactUnit.MONEY);
  }

  /** "Revenue by segment, Q2 FY2024 to Q1 FY2026. In Q1 FY2026: ISG $10.3 billion, CSG $12.5 billion." */
  private static String describe(List<Series> series, List<FiscalQuarter> quarters, Numbers numbers) {
    int last = quarters.size() - 1;
    List<String> latest = new ArrayList<>();
    for (Series s : series) {
      Fact f = s.points().get(last);
      if (f != null) {
        latest.add(s.name() + " " + numbers.money(f.value()));
      }
    }
    String span = quarters.size() == 1 ? quarters.get(0).displayName()
        : quarters.get(0).displayName() + " to " + quarters.get(last).displayName();
    return "Revenue by segment, " + span + "."
        + (latest.isEmpty() ? "" : " In " + quarters.get(last).displayName() + ": " + String.join(", ", latest) + ".");
  }
}
