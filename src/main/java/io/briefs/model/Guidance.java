package io.briefs.model;

import java.util.Map;

/**
 * The outlook given with a release (or at a guidance event) for one period.
 *
 * @param metrics guided ranges of amounts, by metric
 * @param kpis guided ranges of KPI values, by KPI id
 * @param status the status the company stated, or null to derive it
 * @param metricGrowth metrics guided as growth from a year earlier ({@code growth_pct}), the
 *     range in percent; a metric is in {@code metrics} or here, never both
 * @param kpiGrowth KPIs guided as growth from a year earlier, the range in percent
 */
public record Guidance(
    PeriodRef period,
    Map<Metric, Range> metrics,
    Map<String, Range> kpis,
    GuidanceStatus status,
    SourceLoc loc,
    Map<Metric, Range> metricGrowth,
    Map<String, Range> kpiGrowth) {

  /** Copies the maps, keeping their order. */
  public Guidance {
    metrics = Maps.ordered(metrics);
    kpis = Maps.ordered(kpis);
    metricGrowth = Maps.ordered(metricGrowth);
    kpiGrowth = Maps.ordered(kpiGrowth);
  }

  /** Whether the entry guides no figure at all (a stated withdrawal). */
  public boolean isEmpty() {
    return metrics.isEmpty() && kpis.isEmpty() && metricGrowth.isEmpty() && kpiGrowth.isEmpty();
  }
}
