package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.FactUnits;
import io.briefs.metrics.GuidanceOutcome;
import io.briefs.metrics.GuidanceOutcome.Position;
import io.briefs.metrics.GuidanceStatuses;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Range;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the release a quarter earlier guided for one quarter, and what came in.
 *
 * @param low the low end, or the point for a point guidance; null for "at most"
 * @param high the high end, or the point; null for "at least"
 * @param actual null when the quarter's figure is not known on a comparable basis
 * @param excess how far the actual is outside the range (null without an actual)
 */
record GuidedQuarter(Range range, FiscalQuarter guidedIn, Fact low, Fact high, Fact actual, Fact excess,
    Position position) {

  /**
   * The guidance for {@code q}, or null when the release before it guided nothing for it. The
   * release's own quarter reuses the metrics' outcome, so chart and text show the same facts.
   */
  static GuidedQuarter of(History h, CompanyData data, Metric metric, FiscalQuarter q) {
    FigurePath path = new FigurePath.Result(metric);
    if (q.equals(h.current())) {
      GuidanceOutcome o = h.metrics().outcomes().stream().filter(x -> x.path().equals(path)).findFirst()
          .orElse(null);
      if (o != null) {
        Fact mid = o.guided().mid();
        return new GuidedQuarter(o.guided().range(), o.guidedIn(), o.guided().low() != null ? o.guided().low() : mid,
            o.guided().high() != null ? o.guided().high() : mid, o.actual(), o.excess(), o.position());
      }
    }
    Quarter earlier = data.quarter(q.previous());
    Range range = earlier == null ? null : earlier.guidance().stream()
        .filter(g -> g.period().equals(q) && g.metrics().containsKey(metric))
        .map(g -> g.metrics().get(metric)).findFirst().orElse(null);
    if (range == null) {
      return null;
    }
    FactUnit unit = FactUnits.of(metric.kind());
    String id = "guidance." + q.label() + "." + path.key() + ".guided";
    Fact low = end(id + ".low", range.low() != null ? range.low() : range.mid(), unit, range, earlier);
    Fact high = end(id + ".high", range.high() != null ? range.high() : range.mid(), unit, range, earlier);
    Fact actual = h.value(path, q);
    if (actual == null) {
      return new GuidedQuarter(range, earlier.period(), low, high, null, null, null);
    }
    return new GuidedQuarter(range, earlier.period(), low, high, actual, excess(id, actual, low, high),
        GuidanceStatuses.position(actual.value(), range));
  }

  private static Fact end(String id, BigDecimal value, FactUnit unit, Range range, Quarter from) {
    String formula = "guided in the " + from.period().label() + " release";
    return value == null ? null : new Fact(id, value, unit, formula, List.of(range.loc()));
  }

  /** How far the actual is outside the range: actual - high above it, actual - low below, else 0. */
  private static Fact excess(String id, Fact actual, Fact low, Fact high) {
    BigDecimal a = actual.value();
    Fact bound = high != null && a.compareTo(high.value()) > 0 ? high
        : low != null && a.compareTo(low.value()) < 0 ? low : null;
    if (bound == null) {
      return new Fact(id + ".excess", BigDecimal.ZERO, actual.unit(), "within the guided range",
          actual.inputs());
    }
    List<SourceLoc> inputs = new ArrayList<>(actual.inputs());
    inputs.addAll(bound.inputs());
    return new Fact(id + ".excess", a.subtract(bound.value()), actual.unit(),
        History.plain(a) + " - " + History.plain(bound.value()), inputs);
  }
}
