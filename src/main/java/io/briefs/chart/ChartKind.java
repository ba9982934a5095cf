package io.briefs.chart;

/** How a chart draws its series. */
public enum ChartKind {
  /** Bars per category, series stacked on each other. */
  STACKED_BAR,
  /** Bars per category, series side by side. */
  GROUPED_BAR,
  /** One line per series. */
  LINE
}
