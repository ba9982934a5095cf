package io.briefs.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one period as stated in one file: company-wide results, segments and KPIs, the
 * company-wide margins it states, and the changes it states for figures whose value it does not
 * give. A missing key means "not disclosed".
 *
 * @param segments segment id to figures, in the company's display order
 * @param kpis KPI id to amount, in the company's display order
 * @param margins the margins the company states, in percent ({@code gross_margin_pct}...)
 * @param changesOnly figures given by their change alone ({@code { change_pct: 4.3 }}), by the
 *     figure's path; such a figure has no value in the other maps
 */
public record Figures(
    Map<Metric, Amount> results,
    Map<String, SegmentFigures> segments,
    Map<String, Amount> kpis,
    Map<Margin, Amount> margins,
    Map<FigurePath, StatedChange> changesOnly) {

  /** Copies the maps, keeping their order. */
  public Figures {
    results = Maps.ordered(results);
    segments = Maps.ordered(segments);
    kpis = Maps.ordered(kpis);
    margins = Maps.ordered(margins);
    changesOnly = Maps.ordered(changesOnly);
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

  /** A stated company-wide margin, or null. */
  public @Nullable Amount margin(Margin margin) {
    return margins.get(margin);
  }

  /** The change stated for a figure given without its value, or null. */
  public @Nullable StatedChange changeOnly(FigurePath path) {
    return changesOnly.get(path);
  }
}
