package io.briefs.model;

import org.jspecify.annotations.Nullable;

/**
 * The address of one figure inside {@link Figures}: company-wide result or stated margin, segment
 * revenue, operating income or stated operating margin, a segment line, or a KPI. Lets the same
 * figure be looked up in any period.
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

  /** A company-wide margin as the company states it. */
  record MarginValue(Margin margin) implements FigurePath {
    @Override
    public Amount in(Figures f) {
      return f.margin(margin);
    }

    @Override
    public String key() {
      return "results." + margin.key();
    }
  }

  /** A segment's operating margin as the company states it. */
  record SegmentOperatingMargin(String segment) implements FigurePath {
    @Override
    public Amount in(Figures f) {
      SegmentFigures s = f.segment(segment);
      return s == null ? null : s.operatingMargin();
    }

    @Override
    public String key() {
      return "segments." + segment + ".operating_margin_pct";
    }
  }

  /** The segment a figure belongs to, or null for a company-wide figure or a KPI. */
  default @Nullable String segmentId() {
    if (this instanceof SegmentRevenue s) {
      return s.segment();
    } else if (this instanceof SegmentOperatingIncome s) {
      return s.segment();
    } else if (this instanceof Line l) {
      return l.segment();
    } else if (this instanceof SegmentOperatingMargin s) {
      return s.segment();
    }
    return null;
  }

  /** Whether the figure is a percentage the company states as such (a margin). */
  default boolean isMargin() {
    return this instanceof MarginValue || this instanceof SegmentOperatingMargin;
  }
}
