package io.briefs.chart;

/** How a chart draws its series. */
public enum ChartKind {
  /** Bars per category, series stacked on each other. */
  STACKED_BAR,
  /** Bars per category, series side by side (one series: a plain bar chart). */
  GROUPED_BAR,
  /** One line per series; a gap in the data breaks the line. */
  LINE,
  /**
   * A guided range per category with the actual figure: series 0 and 1 are the range's low and
   * high ends (equal for a point guidance), series 2 the actual.
   */
  RANGE_VS_ACTUAL
}
