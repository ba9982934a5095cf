package io.briefs.chart;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.narrative.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Decides which charts a page shows and builds their specifications from the metrics, each only
 * where the data can fill it; their findings are worded under the brief's style. Past quarters are read as the release sees them, so restated
 * figures are charted restated.
 */
public final class ChartPlanner {
  static final int MAX_QUARTERS = 8;

  private ChartPlanner() {}

  /**
   * The charts of one brief, in page order: revenue by quarter, revenue by segment, operating
   * margins, KPI trends, revenue against guidance. Each covers up to the last eight quarters and
   * is shown only when it has a value in the brief's own quarter.
   */
  public static List<ChartSpec> forBrief(CompanyData data, BriefMetrics m, Style style) {
    Quarter current = m.quarter();
    ChartContext p = new ChartContext(data, new History(data, m), ChartContext.window(data, current, MAX_QUARTERS), "", true,
        style.band());
    return present(Stream.of(RevenueCharts.byQuarter(p), RevenueCharts.bySegment(p), TrendCharts.margins(p),
        TrendCharts.kpis(p), GuidanceChart.of(p, Metric.REVENUE)));
  }

  /**
   * The long-run charts of a company's page: every quarter with data as the latest release sees
   * it, and revenue by complete fiscal year. Ids start with {@code company-}.
   */
  public static List<ChartSpec> forCompany(CompanyData data, Style style) {
    Quarter latest = data.quarters().get(data.quarters().size() - 1);
    BriefMetrics m = MetricsDeriver.derive(data, latest);
    ChartContext p = new ChartContext(data, new History(data, m), ChartContext.window(data, latest, Integer.MAX_VALUE), "company-",
        false, style.band());
    return present(Stream.of(RevenueCharts.byYear(p), RevenueCharts.byQuarter(p), RevenueCharts.bySegment(p),
        TrendCharts.margins(p), TrendCharts.kpis(p)));
  }

  private static List<ChartSpec> present(Stream<ChartSpec> charts) {
    return new ArrayList<>(charts.filter(Objects::nonNull).toList());
  }
}
