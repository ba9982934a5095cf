package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Segment;
import io.briefs.narrative.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The long-run charts of a company's page: every quarter from the first with data to the latest,
 * each figure as that quarter's own release reported it (a quarter without a file is a gap).
 * Ids start with {@code company-}.
 */
public final class LongRunCharts {
  private LongRunCharts() {}

  /** Revenue by quarter and revenue by segment, those the data can fill. */
  public static List<ChartSpec> forCompany(CompanyData data) {
    if (data.quarters().isEmpty()) {
      return List.of();
    }
    List<FiscalQuarter> quarters = span(data);
    List<String> categories = quarters.stream().map(LongRunCharts::label).toList();
    Numbers numbers = new Numbers(data.company().currency());
    List<ChartSpec> charts = new ArrayList<>();
    Series revenue = series(data, quarters, "Revenue", new FigurePath.Result(Metric.REVENUE));
    if (revenue != null) {
      charts.add(new ChartSpec("company-revenue", ChartKind.GROUPED_BAR, "Revenue by quarter",
          describe("Revenue", revenue, quarters, numbers), categories, List.of(revenue), FactUnit.MONEY));
    }
    List<Series> segments = new ArrayList<>();
    for (Segment s : data.company().segments()) {
      Series one = series(data, quarters, s.shortName(), new FigurePath.SegmentRevenue(s.id()));
      if (one != null) {
        segments.add(one);
      }
    }
    if (!segments.isEmpty()) {
      String text = "Revenue by segment, " + span(quarters) + ", as each quarter's release reported it.";
      charts.add(new ChartSpec("company-revenue-by-segment", ChartKind.STACKED_BAR, "Revenue by segment", text,
          categories, segments, FactUnit.MONEY));
    }
    return charts;
  }

  /** Every quarter from the company's first to its latest, gaps included. */
  static List<FiscalQuarter> span(CompanyData data) {
    FiscalQuarter first = data.quarters().get(0).period();
    FiscalQuarter last = data.quarters().get(data.quarters().size() - 1).period();
    List<FiscalQuarter> out = new ArrayList<>();
    for (FiscalQuarter q = first; q.compareTo(last) <= 0; q = q.next()) {
      out.add(q);
    }
    return out;
  }

  /** "Q1 FY26". */
  static String label(FiscalQuarter q) {
    return "Q" + q.quarter() + " FY" + String.format("%02d", q.year() % 100);
  }

  private static Series series(CompanyData data, List<FiscalQuarter> quarters, String name, FigurePath path) {
    List<Fact> points = new ArrayList<>();
    for (FiscalQuarter q : quarters) {
      Quarter file = data.quarter(q);
      Amount a = file == null ? null : path.in(file.figures());
      points.add(a == null ? null : Fact.reported("company." + path.key() + "." + q.slug(), a.value(),
          FactUnit.MONEY, a.loc()));
    }
    return points.stream().anyMatch(Objects::nonNull) ? new Series(name, points) : null;
  }

  /** "Revenue, Q1 FY2025 to Q4 FY2026, as each quarter's release reported it: from $22.2 billion to ...". */
  private static String describe(String what, Series s, List<FiscalQuarter> quarters, Numbers numbers) {
    Fact first = s.points().stream().filter(Objects::nonNull).findFirst().orElseThrow();
    Fact last = s.points().stream().filter(Objects::nonNull).reduce((a, b) -> b).orElseThrow();
    return what + ", " + span(quarters) + ", as each quarter's release reported it: from "
        + numbers.money(first.value()) + " to " + numbers.money(last.value()) + ".";
  }

  private static String span(List<FiscalQuarter> quarters) {
    return quarters.size() == 1 ? quarters.get(0).displayName()
        : quarters.get(0).displayName() + " to " + quarters.get(quarters.size() - 1).displayName();
  }
}
