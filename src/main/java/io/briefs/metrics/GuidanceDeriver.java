package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.Guidance;
import io.briefs.model.GuidanceEvent;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import io.briefs.model.Metric;
import io.briefs.model.PeriodRef;
import io.briefs.model.Quarter;
import io.briefs.model.Range;
import io.briefs.model.RangeForm;
import io.briefs.model.SourceLoc;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives guidance metrics: midpoints, implied growth, guidance given as growth resolved against
 * the year-earlier figure, the status against the latest earlier guidance in force for the same
 * period (from a release or a guidance event), and how the quarter's actuals compare with what
 * was guided for it.
 */
final class GuidanceDeriver {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PriorLookup lookup;
  /** The releases and events that gave guidance before this brief's release, oldest first. */
  private final List<GuidanceSource> sources;

  GuidanceDeriver(PriorLookup lookup) {
    this.lookup = lookup;
    this.sources = earlierSources();
  }

  /** A release (its quarter) or an event that gave guidance, and when. */
  private record GuidanceSource(List<Guidance> guidance, FiscalQuarter quarter, GuidanceEvent event, LocalDate date) {}

  /**
   * The earlier releases in period order, with each event dated before this release placed after
   * the last of them released on or before its date.
   */
  private List<GuidanceSource> earlierSources() {
    Quarter current = lookup.current();
    List<GuidanceSource> out = new ArrayList<>();
    for (Quarter q : lookup.data().quarters()) {
      if (q.period().compareTo(current.period()) < 0) {
        out.add(new GuidanceSource(q.guidance(), q.period(), null, q.reported()));
      }
    }
    for (GuidanceEvent e : lookup.data().events()) {
      if (!e.date().isBefore(current.reported())) {
        continue;
      }
      int at = 0;
      for (int i = 0; i < out.size(); i++) {
        if (!out.get(i).date().isAfter(e.date())) {
          at = i + 1;
        }
      }
      out.add(at, new GuidanceSource(e.guidance(), null, e, e.date()));
    }
    return out;
  }

  List<GuidedFigure> guided() {
    List<GuidedFigure> out = new ArrayList<>();
    for (Guidance g : lookup.current().guidance()) {
      for (Metric m : Metric.values()) {
        Range amount = g.metrics().get(m);
        Range growth = g.metricGrowth().get(m);
        if (amount != null || growth != null) {
          out.add(figure(g, new FigurePath.Result(m), amount, growth));
        }
      }
      for (Kpi k : lookup.data().company().kpis()) {
        Range amount = g.kpis().get(k.id());
        Range growth = g.kpiGrowth().get(k.id());
        if (amount != null || growth != null) {
          out.add(figure(g, new FigurePath.KpiValue(k.id()), amount, growth));
        }
      }
      if (g.status() == GuidanceStatus.WITHDRAWN && g.isEmpty()) {
        out.addAll(withdrawn(g));
      }
    }
    return out;
  }

  /**
   * A stated withdrawal of a period's guidance ({@code status: withdrawn} with no figures): every
   * figure the latest earlier release (or event) guided for that period is withdrawn. Withdrawal
   * is never derived from absence: a dataset that omits a figure may simply not record it.
   */
  private List<GuidedFigure> withdrawn(Guidance g) {
    List<GuidedFigure> out = new ArrayList<>();
    GuidanceSource previous = latestGuiding(g.period());
    if (previous == null) {
      return out;
    }
    for (Guidance before : previous.guidance()) {
      if (!before.period().equals(g.period())) {
        continue;
      }
      for (FigurePath path : paths(before)) {
        String id = "guidance." + g.period().label() + "." + path.key();
        Range amount = rangeFor(before, path);
        Range growth = growthFor(before, path);
        RangeFacts was = amount != null ? facts(id + ".previous", amount, unit(path))
            : resolve(id + ".previous", growth, base(id, g.period(), path), unit(path));
        RangeFacts wasGrowth = growth == null ? null : facts(id + ".previous.growth", growth, FactUnit.PERCENT);
        out.add(new GuidedFigure(g.period(), path, null, null, null, null, GuidanceStatus.WITHDRAWN, false,
            was, previous.quarter(), null, null, null, wasGrowth, previous.event()));
      }
    }
    return out;
  }

  /** Every figure an entry guides, as amounts or as growth, metrics first. */
  private List<FigurePath> paths(Guidance g) {
    List<FigurePath> paths = new ArrayList<>();
    for (Metric m : Metric.values()) {
      if (g.metrics().containsKey(m) || g.metricGrowth().containsKey(m)) {
        paths.add(new FigurePath.Result(m));
      }
    }
    for (Kpi k : lookup.data().company().kpis()) {
      if (g.kpis().containsKey(k.id()) || g.kpiGrowth().containsKey(k.id())) {
        paths.add(new FigurePath.KpiValue(k.id()));
      }
    }
    return paths;
  }

  /** The latest earlier release or event that gave any guidance for {@code period}, or null. */
  private GuidanceSource latestGuiding(PeriodRef period) {
    for (int i = sources.size() - 1; i >= 0; i--) {
      GuidanceSource s = sources.get(i);
      if (s.guidance().stream().anyMatch(g -> g.period().equals(period) && g.status() != GuidanceStatus.WITHDRAWN)) {
        return s;
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

  /**
   * The quarter's actuals against the guidance in force for this quarter at its release: the
   * previous release's, or that of a guidance event on or after that release's day.
   */
  List<GuidanceOutcome> outcomes() {
    Quarter current = lookup.current();
    Quarter previous = lookup.data().quarter(current.period().previous());
    GuidanceSource source = previous == null ? null
        : new GuidanceSource(previous.guidance(), previous.period(), null, previous.reported());
    for (GuidanceSource s : sources) {
      boolean later = previous == null || !s.date().isBefore(previous.reported());
      if (s.event() != null && later && s.guidance().stream().anyMatch(g -> g.period().equals(current.period()))) {
        source = s;
      }
    }
    List<GuidanceOutcome> out = new ArrayList<>();
    if (source == null) {
      return out;
    }
    FiscalQuarter guidedIn = source.quarter() != null ? source.quarter() : current.period().previous();
    for (Guidance g : source.guidance()) {
      if (!g.period().equals(current.period())) {
        continue;
      }
      for (FigurePath path : paths(g)) {
        var actual = path.in(current.figures());
        if (actual == null) {
          continue;
        }
        String id = "guidance." + current.period().label() + "." + path.key() + ".guided";
        Range amount = rangeFor(g, path);
        RangeFacts guided = amount != null ? facts(id, amount, unit(path))
            : resolve(id, growthFor(g, path), quarterBase(id, current.period().yearAgo(), path, unit(path)), unit(path));
        if (guided == null) {
          continue;
        }
        Fact fact = Fact.reported(path.key(), actual.value(), unit(path), actual.loc(), actual.approximate());
        out.add(new GuidanceOutcome(path, guided, guidedIn, fact, excess(id, fact, guided),
            GuidanceStatuses.position(actual.value(), guided.range()), source.event()));
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

  private GuidedFigure figure(Guidance g, FigurePath path, Range amount, Range growthRange) {
    FactUnit unit = unit(path);
    String id = "guidance." + g.period().label() + "." + path.key();
    Fact base = null;
    RangeFacts growth = null;
    RangeFacts current;
    if (growthRange != null) {
      growth = facts(id + ".growth", growthRange, FactUnit.PERCENT);
      base = base(id, g.period(), path);
      current = resolve(id, growthRange, base, unit);
    } else {
      current = facts(id, amount, unit);
    }
    Range range = current == null ? null : current.range();
    // the growth of the midpoint over the year-earlier actual: computed when the base is known, and
    // as the company states it (change_pct) when it does; the computed one checks the stated one
    Fact yearEarlier = growthRange != null || current.mid() == null ? null : base(id, g.period(), path);
    Fact computed = yearEarlier == null ? null : implied(id, current.mid(), yearEarlier);
    Fact implied = growthRange != null ? null : range.statedChangePct() == null ? computed
        : new Fact(id + ".implied_growth_pct", range.statedChangePct(), FactUnit.PERCENT, "stated by the company",
            List.of(range.loc()));
    Earlier earlier = earlier(g.period(), path);
    RangeFacts previous = null;
    RangeFacts previousGrowth = null;
    if (earlier != null && earlier.range() != null) {
      previous = facts(id + ".previous", earlier.range(), unit);
    } else if (earlier != null) {
      previous = resolve(id + ".previous", earlier.growth(), base != null ? base : base(id, g.period(), path), unit);
      previousGrowth = facts(id + ".previous.growth", earlier.growth(), FactUnit.PERCENT);
    }
    Range previousRange = previous == null ? null : previous.range();
    GuidanceStatus status = g.status() != null ? g.status() : derive(range, growthRange, earlier, previousRange);
    Fact change = range != null && previousRange != null ? centreChange(id, range, previousRange, unit)
        : growthRange != null && earlier != null && earlier.growth() != null
            ? centreChange(id, growthRange, earlier.growth(), FactUnit.PERCENT) : null;
    return new GuidedFigure(
        g.period(), path, current, implied, computed, computed == null ? null : yearEarlier, status,
        g.status() != null, previous, earlier == null ? null : earlier.from(), change, growth, base, previousGrowth,
        earlier == null ? null : earlier.event());
  }
  /**
   * Guidance given as growth applied to the year-earlier figure: each written bound becomes
   * {@code base * (100 + growth) / 100}, a fact with that formula; null without a base.
   */
  static RangeFacts resolve(String id, Range growth, Fact base, FactUnit unit) {
    if (growth == null || base == null) {
      return null;
    }
    List<SourceLoc> inputs = new ArrayList<>(base.inputs());
    inputs.add(growth.loc());
    Fact low = null;
    Fact high = null;
    Fact mid = null;
    Fact plusMinus = null;
    switch (growth.form()) {
      case BOUNDS -> {
        low = grown(id + ".low", base, growth.low(), unit, inputs);
        high = grown(id + ".high", base, growth.high(), unit, inputs);
        mid = new Fact(id + ".mid", Decimals.mid(low.value(), high.value()), unit,
            "(" + Measures.plain(low.value()) + " + " + Measures.plain(high.value()) + ") / 2", inputs);
      }
      case MID, MID_PLUS_MINUS_PCT -> mid = grown(id + ".mid", base, growth.mid(), unit, inputs);
      case MID_PLUS_MINUS -> {
        mid = grown(id + ".mid", base, growth.mid(), unit, inputs);
        BigDecimal pm = base.value().multiply(growth.plusMinus()).movePointLeft(2);
        plusMinus = new Fact(id + ".plus_minus", pm, unit, Measures.plain(base.value()) + " * "
            + Measures.plain(growth.plusMinus()) + " / 100", inputs);
        low = new Fact(id + ".low", mid.value().subtract(pm), unit, "midpoint minus the tolerance", inputs);
        high = new Fact(id + ".high", mid.value().add(pm), unit, "midpoint plus the tolerance", inputs);
      }
      case AT_LEAST -> low = grown(id + ".low", base, growth.low(), unit, inputs);
      case AT_MOST -> high = grown(id + ".high", base, growth.high(), unit, inputs);
    }
    Range range = new Range(value(low), value(high), value(mid), value(plusMinus), growth.form(), growth.loc());
    return new RangeFacts(range, low, high, mid, plusMinus);
  }

  private static Fact grown(String id, Fact base, BigDecimal pct, FactUnit unit, List<SourceLoc> inputs) {
    BigDecimal value = base.value().multiply(HUNDRED.add(pct)).movePointLeft(2);
    return new Fact(id, value, unit, Measures.plain(base.value()) + " * (100 + " + Measures.plain(pct) + ") / 100",
        inputs);
  }

  private static BigDecimal value(Fact f) {
    return f == null ? null : f.value();
  }

  /** The centre of the new range minus the centre of the earlier one. */
  private static Fact centreChange(String id, Range current, Range earlier, FactUnit unit) {
    BigDecimal now = GuidanceStatuses.centre(current);
    BigDecimal before = GuidanceStatuses.centre(earlier);
    String formula = "centre " + Measures.plain(now) + " - earlier centre " + Measures.plain(before);
    return new Fact(id + ".change", now.subtract(before), unit, formula,
        List.of(current.loc(), earlier.loc()));
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

  /** The same period a year earlier, as a fact: a quarter's figure, or a year's total. */
  private Fact base(String id, PeriodRef period, FigurePath path) {
    return period instanceof FiscalQuarter q
        ? quarterBase(id, q.yearAgo(), path, unit(path))
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
    return p == null ? null
        : Fact.reported(id + ".base", p.amount().value(), unit, p.amount().loc(), p.amount().approximate());
  }

  /** The year's total from its four quarters; only for amounts that add up (not per share, not stocks). */
  private Fact yearBase(String id, FiscalYear year, FigurePath path) {
    if (!isAdditive(path)) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    List<SourceLoc> inputs = new ArrayList<>();
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

  /**
   * Guidance for the same period and figure in the latest earlier release or event that gave it:
   * as an amount ({@code range}) or as growth ({@code growth}).
   */
  private record Earlier(Range range, Range growth, FiscalQuarter from, GuidanceEvent event) {}

  private Earlier earlier(PeriodRef period, FigurePath path) {
    for (int i = sources.size() - 1; i >= 0; i--) {
      GuidanceSource s = sources.get(i);
      for (Guidance g : s.guidance()) {
        if (!g.period().equals(period)) {
          continue;
        }
        Range r = rangeFor(g, path);
        Range growth = growthFor(g, path);
        if (r != null || growth != null) {
          return new Earlier(r, growth, s.quarter(), s.event());
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

  static Range growthFor(Guidance g, FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return g.metricGrowth().get(r.metric());
    }
    return g.kpiGrowth().get(((FigurePath.KpiValue) path).kpi());
  }

  /**
   * The status against the earlier guidance: amounts against amounts (a growth resolved against
   * the year-earlier figure is an amount), else growth against growth; null when the two cannot
   * be compared.
   */
  private GuidanceStatus derive(Range current, Range growth, Earlier earlier, Range previous) {
    if (earlier == null) {
      return sources.isEmpty() ? null : GuidanceStatus.INITIATED;
    }
    if (current != null && previous != null) {
      return GuidanceStatuses.compare(current, previous);
    }
    if (growth != null && earlier.growth() != null) {
      return GuidanceStatuses.compare(growth, earlier.growth());
    }
    return null;
  }
}
