package io.briefs.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one period as stated in one file: company-wide results, segments and KPIs. A
 * missing key means "not disclosed".
 *
 * @param segments segment id to figures, in the company's display order
 * @param kpis KPI id to amount, in the company's display order
 */
public record Figures(
    Map<Metric, Amount> results, Map<String, SegmentFigures> segments, Map<String, Amount> kpis) {

  /** Copies the maps, keeping their order. */
  public Figures {
    results = Maps.ordered(results);
    segments = Maps.ordered(segments);
    kpis = Maps.ordered(kpis);
  }

  /** No figures at all. */
  public static Figures empty() {
    return new Figures(Map.of(), Map.of(), Map.of());
  }

  /** A company-wide result, or null. */
  public @Nullable Amount result(Metric metric) {
    return results.get(metric);
  }

  /** A segment's figures, or null. */
  public @Nullable SegmentFigures segment(String segmentId) {
    return segments.get(segmentId);
  }

  /** A KPI value, or null. */
  public @Nullable Amount kpi(String kpiId) {
    return kpis.get(kpiId);
  }
}
