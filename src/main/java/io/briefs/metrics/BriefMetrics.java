package io.briefs.metrics;

import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import java.util.List;

/**
 * Everything derived for one brief: the quarter's measures, margins, segments, KPIs, guidance and
 * restatements. Optional parts are null or empty when the data does not allow them.
 *
 * @param operatingMarginChangeBps change of the GAAP operating margin against a year earlier
 * @param market may be null
 */
public record BriefMetrics(
    Company company,
    Quarter quarter,
    List<Measure> results,
    Fact operatingMargin,
    Fact operatingMarginChangeBps,
    List<SegmentMetrics> segments,
    List<Measure> kpis,
    List<GuidedFigure> guidance,
    List<GuidanceOutcome> outcomes,
    List<Surprise> surprises,
    MarketReaction market,
    List<Restatement> restatements) {

  /** Copies the lists. */
  public BriefMetrics {
    results = List.copyOf(results);
    segments = List.copyOf(segments);
    kpis = List.copyOf(kpis);
    guidance = List.copyOf(guidance);
    outcomes = List.copyOf(outcomes);
    surprises = List.copyOf(surprises);
    restatements = List.copyOf(restatements);
  }

  /** The measure of a company-wide metric, or null when not disclosed. */
  public Measure result(Metric metric) {
    return results.stream()
        .filter(m -> m.path().equals(new FigurePath.Result(metric)))
        .findFirst()
        .orElse(null);
  }

  /** The measure of a KPI, or null when not disclosed. */
  public Measure kpi(String kpiId) {
    return kpis.stream()
        .filter(m -> m.path().equals(new FigurePath.KpiValue(kpiId)))
        .findFirst()
        .orElse(null);
  }
}
