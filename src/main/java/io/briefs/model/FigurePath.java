package io.briefs.model;

import org.jspecify.annotations.Nullable;

/**
 * The address of one figure inside {@link Figures}: company-wide result, segment revenue or
 * operating income, a segment line, or a KPI. Lets the same figure be looked up in any period.
 */
public sealed interface FigurePath {

  /** The figure in {@code figures}, or null when not disclosed there. */
  @Nullable Amount in(Figures figures);

  /** A stable key naming the figure, like {@code segments.isg.revenue}. */
  String key();

  /** A company-wide result. */
  record Result(Metric metric) implements FigurePath {
    @Override
    public Amount in(Figures f) {
      return f.result(metric);
    }

    @Override
    public String key() {
      return "results." + metric.key();
    }
  }

  /** A segment's revenue. */
  record SegmentRevenue(String segment) implements FigurePath {
    @Override
    public Amount in(Figures f) {
      SegmentFigures s = f.segment(segment);
      return s == null ? null : s.revenue();
    }

    @Override
    public String key() {
      return "segments." + segment + ".revenue";
    }
  }

  /** A segment's operating income. */
  record SegmentOperatingIncome(String segment) implements FigurePath {
    @Override
    public Amount in(Figures f) {
      SegmentFigures s = f.segment(segment);
      return s == null ? null : s.operatingIncome();
    }

    @Override
    public String key() {
      return "segments." + segment + ".operating_income";
    }
  }

  /** A revenue line of a segment. */
  record Line(String segment, String line) implements FigurePath {
    @Override
    public Amount in(Figures f) {
      SegmentFigures s = f.segment(segment);
      return s == null ? null : s.lines().get(line);
    }

    @Override
    public String key() {
      return "segments." + segment + ".lines." + line;
    }
  }

  /** A company KPI. */
  record KpiValue(String kpi) implements FigurePath {
    @Override
    public Amount in(Figures f) {
      return f.kpi(kpi);
    }

    @Override
    public String key() {
      return "kpis." + kpi;
    }
  }
}
