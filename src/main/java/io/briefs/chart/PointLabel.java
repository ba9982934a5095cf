package io.briefs.chart;

import io.briefs.metrics.Fact;

/**
 * A value written next to one point of a chart, tied to its fact.
 *
 * @param series index of the series the point belongs to
 * @param category index of the category
 */
public record PointLabel(int series, int category, Fact fact, Role kind) {

  /** What a label says, which decides its format and where it is drawn. */
  public enum Role {
    /** The change from a year earlier, signed ("+5%", "−16%"), above the bar. */
    CHANGE,
    /** The point's share of the total ("44%"), inside its part of a stack. */
    SHARE
  }
}
