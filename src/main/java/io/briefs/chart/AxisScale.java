package io.briefs.chart;

import io.briefs.metrics.Fact;

/**
 * The value axis of a chart: a range and a tick step of round numbers (1, 2, 2.5 or 5 times a
 * power of ten, about five intervals). Bars and lines include zero, so losses fall below the zero
 * line; a guidance chart zooms on its ranges. Room is left for labels above the bars.
 */
record AxisScale(double lower, double upper, double step) {
  private static final double[] NICE = {1, 2, 2.5, 5, 10};
  private static final int INTERVALS = 5;
  /** Share of the range kept free above the highest bar for its label. */
  private static final double LABEL_ROOM = 0.09;
  /** Share of the range kept free beyond the outermost point of a line chart for its marker. */
  private static final double MARKER_ROOM = 0.04;

  static AxisScale of(ChartSpec spec) {
    double[] extent = extent(spec);
    double min = extent[0];
    double max = extent[1];
    boolean zoom = spec.kind() == ChartKind.RANGE_VS_ACTUAL;
    if (!zoom) {
      min = Math.min(0, min);
      max = Math.max(0, max);
    }
    double span = max - min;
    if (span == 0) {
      span = max == 0 ? 1 : Math.abs(max);
      max = zoom ? max + span / 10 : max == 0 ? 1 : max;
      min = zoom ? min - span / 10 : min;
      span = max - min;
    }
    boolean labels = spec.labels().stream().anyMatch(l -> l.kind() == PointLabel.Role.CHANGE);
    // room above bars for their labels, and around line markers so none is cut in half
    double room = labels ? LABEL_ROOM : spec.kind() == ChartKind.LINE ? MARKER_ROOM : 0;
    double top = max > 0 ? max + span * room : max;
    double bottom = min < 0 ? min - span * room : min;
    double step = step((top - bottom) / INTERVALS);
    double lower = Math.floor(bottom / step) * step;
    double upper = Math.ceil(top / step) * step;
    if (zoom) {
      lower = min - lower < step / 4 ? lower - step : lower;
      upper = upper - max < step / 4 ? upper + step : upper;
    }
    return new AxisScale(lower, upper, step);
  }

  /** The smallest round step at least {@code raw}. */
  static double step(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double n : NICE) {
      if (n * magnitude >= raw * (1 - 1e-9)) {
        return n * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** The lowest and highest value drawn: stacks add up, other kinds take each point. */
  private static double[] extent(ChartSpec spec) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < spec.categories().size(); c++) {
      double up = 0;
      double down = 0;
      for (Series s : spec.series()) {
        Fact f = s.points().get(c);
        if (f == null) {
          continue;
        }
        double v = f.value().doubleValue();
        if (spec.kind() == ChartKind.STACKED_BAR) {
          up += Math.max(0, v);
          down += Math.min(0, v);
        } else {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      if (spec.kind() == ChartKind.STACKED_BAR) {
        min = Math.min(min, down);
        max = Math.max(max, up);
      }
    }
    return min > max ? new double[] {0, 0} : new double[] {min, max};
  }
}
