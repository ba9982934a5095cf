package io.briefs.chart;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Decimals;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.FactUnits;
import io.briefs.metrics.Measure;
import io.briefs.metrics.Prior;
import io.briefs.metrics.PriorLookup;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of earlier quarters as one release sees them (through {@link PriorLookup}, so
 * restated figures are charted restated), each as a fact. The release's own quarter reuses the
 * metrics' facts, so a chart and the text show the same fact. Ids read {@code key@FY2025-Q3}.
 */
final class History {
  private final BriefMetrics metrics;
  private final PriorLookup lookup;

  History(CompanyData data, BriefMetrics metrics) {
    this.metrics = metrics;
    this.lookup = new PriorLookup(data, metrics.quarter());
  }

  FiscalQuarter current() {
    return metrics.quarter().period();
  }

  BriefMetrics metrics() {
    return metrics;
  }

  /** The figure at {@code path} for {@code q}, or null when not known on a comparable basis. */
  Fact value(FigurePath path, FiscalQuarter q) {
    if (q.equals(current())) {
      Measure own = measure(path);
      if (own != null) {
        return own.value();
      }
    }
    Prior p = lookup.find(q, path);
    return p == null ? null : new Fact(id(path.key(), q), p.amount().value(),
        FactUnits.of(metrics.company(), path), "as reported", List.of(p.amount().loc()));
  }

  /** The change from a year earlier in percent: the company's stated change when given. */
  Fact yoy(FigurePath path, FiscalQuarter q) {
    if (q.equals(current())) {
      Measure own = measure(path);
      return own == null || own.yoy() == null ? null : own.yoy().pct();
    }
    Prior p = lookup.find(q, path);
    if (p == null) {
      return null;
    }
    String id = id(path.key() + ".yoy_pct", q);
    Amount stated = statedChange(p, q, path);
    if (stated != null) {
      return new Fact(id, stated.statedChangePct(), FactUnit.PERCENT, "stated by the company",
          List.of(stated.loc()));
    }
    Prior base = lookup.find(q.yearAgo(), path);
    BigDecimal growth = base == null ? null : Decimals.growthPct(p.amount().value(), base.amount().value());
    if (growth == null) {
      return null;
    }
    BigDecimal a = p.amount().value();
    BigDecimal b = base.amount().value();
    String formula = "(" + plain(a) + " - " + plain(b) + ") / " + plain(b) + " * 100";
    return new Fact(id, growth, FactUnit.PERCENT, formula, List.of(p.amount().loc(), base.amount().loc()));
  }

  /**
   * A stated change as the release sees it: the figure's own, or, for an unrestated comparative,
   * the one stated with the figure in its own quarter's file.
   */
  private Amount statedChange(Prior p, FiscalQuarter q, FigurePath path) {
    if (p.amount().hasStatedChange()) {
      return p.amount();
    }
    Quarter own = lookup.data().quarter(q);
    if (!p.fromComparative() || p.isRestated() || own == null) {
      return null;
    }
    Amount first = path.in(own.figures());
    boolean stated = first != null && first.hasStatedChange();
    return stated && !Decimals.differ(first.value(), p.amount().value()) ? first : null;
  }

  /** Operating income over revenue in percent, for a segment or (segment null) the company. */
  Fact margin(String segment, FiscalQuarter q) {
    String key = segment == null ? "results.operating_margin" : "segments." + segment + ".operating_margin";
    if (q.equals(current())) {
      SegmentMetrics s = segment == null ? null : segmentMetrics(segment);
      Fact own = segment == null ? metrics.operatingMargin() : s == null ? null : s.margin();
      if (own != null) {
        return own;
      }
    }
    FigurePath income = segment == null ? new FigurePath.Result(Metric.OPERATING_INCOME)
        : new FigurePath.SegmentOperatingIncome(segment);
    FigurePath revenue = segment == null ? new FigurePath.Result(Metric.REVENUE)
        : new FigurePath.SegmentRevenue(segment);
    return percentOf(id(key, q), value(income, q), value(revenue, q));
  }

  /** A segment's share of total revenue in percent. */
  Fact share(String segment, FiscalQuarter q) {
    if (q.equals(current())) {
      SegmentMetrics s = segmentMetrics(segment);
      if (s != null && s.revenueShare() != null) {
        return s.revenueShare();
      }
    }
    return percentOf(id("segments." + segment + ".revenue_share", q),
        value(new FigurePath.SegmentRevenue(segment), q), value(new FigurePath.Result(Metric.REVENUE), q));
  }

  /** The sum of a figure over the four quarters of fiscal year {@code year}, or null. */
  Fact yearTotal(FigurePath path, int year) {
    BigDecimal total = BigDecimal.ZERO;
    List<String> terms = new ArrayList<>();
    List<SourceLoc> inputs = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      Fact f = value(path, new FiscalQuarter(year, n));
      if (f == null) {
        return null;
      }
      total = total.add(f.value());
      terms.add(plain(f.value()));
      inputs.addAll(f.inputs());
    }
    return new Fact(path.key() + "@FY" + year, total, FactUnit.MONEY, String.join(" + ", terms),
        inputs);
  }

  /** The range guided for {@code q} by the release a quarter earlier with the actual, or null. */
  GuidedQuarter guided(Metric metric, FiscalQuarter q) {
    return GuidedQuarter.of(this, lookup.data(), metric, q);
  }

  private Measure measure(FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return metrics.result(r.metric());
    }
    if (path instanceof FigurePath.KpiValue k) {
      return metrics.kpi(k.kpi());
    }
    String segment = path instanceof FigurePath.SegmentRevenue s ? s.segment()
        : path instanceof FigurePath.SegmentOperatingIncome s ? s.segment() : null;
    SegmentMetrics sm = segment == null ? null : segmentMetrics(segment);
    if (sm == null) {
      return null;
    }
    return path instanceof FigurePath.SegmentRevenue ? sm.revenue() : sm.operatingIncome();
  }

  private SegmentMetrics segmentMetrics(String segment) {
    return metrics.segments().stream().filter(s -> s.segment().id().equals(segment)).findFirst()
        .orElse(null);
  }

  private static Fact percentOf(String id, Fact part, Fact whole) {
    if (part == null || whole == null) {
      return null;
    }
    BigDecimal pct = Decimals.percentOf(part.value(), whole.value());
    if (pct == null) {
      return null;
    }
    List<SourceLoc> inputs = new ArrayList<>(part.inputs());
    inputs.addAll(whole.inputs());
    String formula = plain(part.value()) + " / " + plain(whole.value()) + " * 100";
    return new Fact(id, pct, FactUnit.PERCENT, formula, inputs);
  }

  /** The id of a figure of an earlier period: {@code segments.isg.revenue@FY2025-Q3}. */
  static String id(String key, FiscalQuarter q) {
    return key + "@" + q.label();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
