package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.Guidance;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import io.briefs.model.Metric;
import io.briefs.model.PeriodRef;
import io.briefs.model.Quarter;
import io.briefs.model.Range;
import io.briefs.model.RangeForm;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives guidance metrics: midpoints, implied growth, the status against earlier guidance for
 * the same period, and how the quarter's actuals compare with what was guided for it.
 */
final class GuidanceDeriver {
  private final PriorLookup lookup;

  GuidanceDeriver(PriorLookup lookup) {
    this.lookup = lookup;
  }

  List<GuidedFigure> guided() {
    List<GuidedFigure> out = new ArrayList<>();
    for (Guidance g : lookup.current().guidance()) {
      for (Map.Entry<Metric, Range> e : g.metrics().entrySet()) {
        out.add(figure(g, new FigurePath.Result(e.getKey()), e.getValue()));
      }
      for (Map.Entry<String, Range> e : g.kpis().entrySet()) {
        out.add(figure(g, new FigurePath.KpiValue(e.getKey()), e.getValue()));
      }
      if (g.status() == GuidanceStatus.WITHDRAWN && g.metrics().isEmpty() && g.kpis().isEmpty()) {
        out.addAll(withdrawn(g));
      }
    }
    return out;
  }

  /**
   * A stated withdrawal of a period's guidance ({@code status: withdrawn} with no figures): every
   * figure the latest earlier release guided for that period is withdrawn. Withdrawal is never
   * derived from absence: a dataset that omits a figure may simply not record it.
   */
  private List<GuidedFigure> withdrawn(Guidance g) {
    List<GuidedFigure> out = new ArrayList<>();
    Quarter previous = latestGuiding(g.period());
    if (previous == null) {
      return out;
    }
    for (Guidance before : previous.guidance()) {
      if (!before.period().equals(g.period())) {
        continue;
      }
      List<FigurePath> paths = new ArrayList<>();
      before.metrics().keySet().forEach(m -> paths.add(new FigurePath.Result(m)));
      before.kpis().keySet().forEach(k -> paths.add(new FigurePath.KpiValue(k)));
      for (FigurePath path : paths) {
        if (rangeFor(g, path) == null) {
          String id = "guidance." + g.period().label() + "." + path.key();
          RangeFacts was = facts(id + ".previous", rangeFor(before, path), unit(path));
          out.add(new GuidedFigure(g.period(), path, null, null, null, null, GuidanceStatus.WITHDRAWN, false, was,
              previous.period(), null));
        }
      }
    }
    return out;
  }

  /** The latest earlier release that gave any guidance for {@code period}, or null. */
  private Quarter latestGuiding(PeriodRef period) {
    List<Quarter> quarters = lookup.data().quarters();
    for (int i = quarters.size() - 1; i >= 0; i--) {
      Quarter q = quarters.get(i);
      if (q.period().compareTo(lookup.current().period()) < 0
          && q.guidance().stream().anyMatch(g -> g.period().equals(period) && g.status() != GuidanceStatus.WITHDRAWN)) {
        return q;
      }
    }
    return null;
  }

  /** The outlooks of this release given as a status alone, without figures (a withdrawal is a figure's). */
  List<OutlookNote> notes() {
    List<OutlookNote> out = new ArrayList<>();
    for (Guidance g : lookup.current().guidance()) {
      if (g.metrics().isEmpty() && g.kpis().isEmpty() && g.status() != null
          && g.status() != GuidanceStatus.WITHDRAWN) {
        out.add(new OutlookNote(g.period(), g.status(), g.loc()));
      }
    }
    return out;
  }

  /** The quarter's actuals against the guidance the previous release gave for this quarter. */
  List<GuidanceOutcome> outcomes() {
    Quarter current = lookup.current();
    Quarter previous = lookup.data().quarter(current.period().previous());
    List<GuidanceOutcome> out = new ArrayList<>();
    if (previous == null) {
      return out;
    }
    for (Guidance g : previous.guidance()) {
      if (!g.period().equals(current.period())) {
        continue;
      }
      List<FigurePath> paths = new ArrayList<>();
      g.metrics().keySet().forEach(m -> paths.add(new FigurePath.Result(m)));
      g.kpis().keySet().forEach(k -> paths.add(new FigurePath.KpiValue(k)));
      for (FigurePath path : paths) {
        var actual = path.in(current.figures());
        Range range = rangeFor(g, path);
        if (actual != null) {
          Fact fact = Fact.reported(path.key(), actual.value(), unit(path), actual.loc());
          String id = "guidance." + current.period().label() + "." + path.key() + ".guided";
          RangeFacts guided = facts(id, range, unit(path));
          out.add(new GuidanceOutcome(path, guided, previous.period(), fact,
              excess(id, fact, guided), GuidanceStatuses.position(actual.value(), range)));
        }
      }
    }
    return out;
  }

  /** actual - high when above, actual - low when below, zero within. */
  private static Fact excess(String id, Fact actual, RangeFacts guided) {
    boolean point = guided.range().form() == RangeForm.MID;
    Fact low = point ? guided.mid() : guided.low();
    Fact high = point ? guided.mid() : guided.high();
    BigDecimal a = actual.value();
    Fact bound = high != null && a.compareTo(high.value()) > 0 ? high
        : low != null && a.compareTo(low.value()) < 0 ? low : null;
    if (bound == null) {
      return new Fact(id + ".excess", BigDecimal.ZERO, actual.unit(), "within the guided range",
          Margins.concat(actual, guided.mid() != null ? guided.mid() : low != null ? low : high));
    }
    String formula = Measures.plain(a) + " - " + Measures.plain(bound.value());
    return new Fact(id + ".excess", a.subtract(bound.value()), actual.unit(), formula, Margins.concat(actual, bound));
  }

  private GuidedFigure figure(Guidance g, FigurePath path, Range range) {
    FactUnit unit = unit(path);
    String id = "guidance." + g.period().label() + "." + path.key();
    RangeFacts current = facts(id, range, unit);
    Fact base = current.mid() == null ? null : base(id, g.period(), path, current.mid());
    Fact computed = base == null ? null : implied(id, current.mid(), base);
    Fact implied = range.statedChangePct() == null ? computed
        : new Fact(id + ".implied_growth_pct", range.statedChangePct(), FactUnit.PERCENT,
            "stated by the company", List.of(range.loc()));
    Earlier earlier = earlier(g.period(), path);
    GuidanceStatus status = g.status() != null ? g.status() : derive(range, earlier);
    RangeFacts previous =
        earlier == null ? null : facts(id + ".previous", earlier.range(), unit);
    return new GuidedFigure(
        g.period(), path, current, implied, computed, computed == null ? null : base, status, g.status() != null, previous,
        earlier == null ? null : earlier.from(), centreChange(id, range, earlier, unit));
  }

  /** The centre of the new range minus the centre of the earlier one. */
  private static Fact centreChange(String id, Range current, Earlier earlier, FactUnit unit) {
    if (earlier == null) {
      return null;
    }
    BigDecimal now = GuidanceStatuses.centre(current);
    BigDecimal before = GuidanceStatuses.centre(earlier.range());
    String formula = "centre " + Measures.plain(now) + " - earlier centre " + Measures.plain(before);
    return new Fact(id + ".change", now.subtract(before), unit, formula,
        List.of(current.loc(), earlier.range().loc()));
  }

  /** The parts of a range as facts; the midpoint of {low, high} carries its formula. */
  static RangeFacts facts(String id, Range range, FactUnit unit) {
    boolean derivedBounds = range.form() == RangeForm.MID_PLUS_MINUS || range.form() == RangeForm.MID_PLUS_MINUS_PCT;
    Fact low = range.low() == null ? null : derivedBounds
        ? new Fact(id + ".low", range.low(), unit, "midpoint minus the tolerance", List.of(range.loc()))
        : Fact.reported(id + ".low", range.low(), unit, range.loc());
    Fact high = range.high() == null ? null : derivedBounds
        ? new Fact(id + ".high", range.high(), unit, "midpoint plus the tolerance", List.of(range.loc()))
        : Fact.reported(id + ".high", range.high(), unit, range.loc());
    Fact mid = null;
    if (range.mid() != null && range.form() == RangeForm.BOUNDS) {
      String formula = "(" + Measures.plain(range.low()) + " + " + Measures.plain(range.high()) + ") / 2";
      mid = new Fact(id + ".mid", range.mid(), unit, formula, List.of(range.loc()));
    } else if (range.mid() != null) {
      mid = Fact.reported(id + ".mid", range.mid(), unit, range.loc());
    }
    Fact plusMinus = null;
    if (range.form() == RangeForm.MID_PLUS_MINUS) {
      plusMinus = Fact.reported(id + ".plus_minus", range.plusMinus(), unit, range.loc());
    } else if (range.form() == RangeForm.MID_PLUS_MINUS_PCT) {
      plusMinus = Fact.reported(id + ".plus_minus_pct", range.plusMinus(), FactUnit.PERCENT, range.loc());
    }
    return new RangeFacts(range, low, high, mid, plusMinus);
  }

  private FactUnit unit(FigurePath path) {
    return FactUnits.of(lookup.data().company(), path);
  }

  /** The year-earlier actual of a guided period, or null when unknown. */
  private Fact base(String id, PeriodRef period, FigurePath path, Fact mid) {
    return period instanceof FiscalQuarter q
        ? quarterBase(id, q.yearAgo(), path, mid.unit())
        : yearBase(id, new FiscalYear(((FiscalYear) period).year() - 1), path);
  }

  /** Growth of the guided midpoint over the year-earlier actual, or null when it has none. */
  private static Fact implied(String id, Fact mid, Fact base) {
    BigDecimal growth = Decimals.growthPct(mid.value(), base.value());
    if (growth == null) {
      return null;
    }
    String formula = "(" + Measures.plain(mid.value()) + " - " + Measures.plain(base.value()) + ") / "
        + Measures.plain(base.value()) + " * 100";
    return new Fact(id + ".implied_growth_pct", growth, FactUnit.PERCENT, formula, Margins.concat(mid, base));
  }

  private Fact quarterBase(String id, FiscalQuarter period, FigurePath path, FactUnit unit) {
    Prior p = lookup.find(period, path);
    return p == null ? null : Fact.reported(id + ".base", p.amount().value(), unit, p.amount().loc());
  }

  /** The year's total from its four quarters; only for amounts that add up (not per share, not stocks). */
  private Fact yearBase(String id, FiscalYear year, FigurePath path) {
    if (!isAdditive(path)) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    List<io.briefs.model.SourceLoc> inputs = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      Prior p = lookup.find(year.quarter(q), path);
      if (p == null) {
        return null;
      }
      total = total.add(p.amount().value());
      inputs.add(p.amount().loc());
      terms.add(Measures.plain(p.amount().value()));
    }
    return new Fact(id + ".base", total, FactUnit.MONEY, String.join(" + ", terms), inputs);
  }

  private boolean isAdditive(FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return r.metric().kind() == ValueKind.MONEY;
    }
    Kpi kpi = lookup.data().company().kpi(((FigurePath.KpiValue) path).kpi());
    return kpi.kind() == KpiKind.FLOW && kpi.unit() != ValueKind.PERCENT;
  }

  /** Guidance for the same period and figure in the latest earlier release that gave it. */
  private record Earlier(Range range, FiscalQuarter from) {}

  private Earlier earlier(PeriodRef period, FigurePath path) {
    List<Quarter> quarters = lookup.data().quarters();
    for (int i = quarters.size() - 1; i >= 0; i--) {
      Quarter q = quarters.get(i);
      if (q.period().compareTo(lookup.current().period()) >= 0) {
        continue;
      }
      for (Guidance g : q.guidance()) {
        Range r = g.period().equals(period) ? rangeFor(g, path) : null;
        if (r != null) {
          return new Earlier(r, q.period());
        }
      }
    }
    return null;
  }

  static Range rangeFor(Guidance g, FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return g.metrics().get(r.metric());
    }
    return g.kpis().get(((FigurePath.KpiValue) path).kpi());
  }

  private GuidanceStatus derive(Range current, Earlier earlier) {
    if (earlier == null) {
      boolean hasEarlierReleases = lookup.data().quarters().stream()
          .anyMatch(q -> q.period().compareTo(lookup.current().period()) < 0);
      return hasEarlierReleases ? GuidanceStatus.INITIATED : null;
    }
    return GuidanceStatuses.compare(current, earlier.range());
  }
}
