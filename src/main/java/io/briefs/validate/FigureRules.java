package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.FigureWalk;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Kpi;
import io.briefs.model.Figures;
import io.briefs.model.Metric;
import io.briefs.model.OneOff;
import io.briefs.model.Quarter;
import io.briefs.model.SegmentFigures;
import io.briefs.model.SourceLoc;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Figures that cannot be: negative revenue, a per-share amount beyond 1000 (an amount written in
 * {@code units} by mistake), a fall of more than 100%, a margin above 100%, a one-off item that is
 * not above zero; and, as warnings, profits above revenue.
 */
final class FigureRules implements Rule {
  static final BigDecimal MAX_PER_SHARE = BigDecimal.valueOf(1000);
  private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<Metric> PROFITS = List.of(Metric.GROSS_PROFIT,
      Metric.GROSS_PROFIT_NON_GAAP, Metric.OPERATING_INCOME, Metric.OPERATING_INCOME_NON_GAAP);

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      for (Figures figures : Blocks.of(q)) {
        values(data.company(), figures, out);
        profits(figures, out);
      }
      changesOnly(data.company(), q.figures(), out);
      for (OneOff o : q.oneOffs()) {
        if (o.amount().value().signum() <= 0) {
          out.error(o.amount().loc(), "the amount of a one-off item is its size, above zero, found "
              + DiagnosticText.money(o.amount().value()) + "; say whether it is a charge or a gain in its label");
        }
      }
    }
  }

  /** A change stated alone for revenue cannot be a fall of more than 100%. */
  private static void changesOnly(Company company, Figures figures, Diagnostics out) {
    figures.changesOnly().forEach((path, c) -> {
      if (isRevenue(path)) {
        fall(c.pct(), "stated change", company, path, c.loc(), out);
        fall(c.ccPct(), "stated change at constant currency", company, path, c.loc(), out);
      }
    });
  }

  private static void fall(BigDecimal pct, String what, Company company, FigurePath path, SourceLoc at,
      Diagnostics out) {
    if (pct != null && pct.compareTo(MINUS_HUNDRED) < 0) {
      out.error(at, what + " " + DiagnosticText.statedPct(pct) + " of " + DiagnosticText.label(company, path)
          + " is impossible: a figure that is not negative cannot fall by more than 100%");
    }
  }

  private static void values(Company company, Figures figures, Diagnostics out) {
    for (FigurePath path : FigureWalk.paths(figures)) {
      Amount a = path.in(figures);
      if (isRevenue(path) && a.value().signum() < 0) {
        out.error(a.loc(), DiagnosticText.label(company, path) + " cannot be negative, found "
            + DiagnosticText.money(a.value()));
      }
      if (path instanceof FigurePath.KpiValue k && a.value().signum() < 0) {
        negativeKpi(company.kpi(k.kpi()), a.value(), "", a.loc(), out);
      }
      if (path instanceof FigurePath.Result r && r.metric().kind() == ValueKind.PER_SHARE) {
        perShare(a.value(), a, r.metric().label(), out);
      }
      if (a.value().signum() >= 0) {
        fall(a.statedChangePct(), "stated change", company, path, a.loc(), out);
        fall(a.statedChangeCcPct(), "stated change at constant currency", company, path, a.loc(), out);
      }
      if (path.isMargin() && a.value().compareTo(HUNDRED) > 0) {
        out.error(a.loc(), DiagnosticText.label(company, path) + " of " + DiagnosticText.plain(a.value())
            + "% is impossible: a margin is a share of revenue, at most 100%");
      }
    }
  }

  /**
   * Reports a negative value of a money or count KPI that does not say it may be negative: orders,
   * shipments, backlog or units below zero are a typo (a brief would say "orders plunge to -$500
   * million").
   */
  static void negativeKpi(Kpi kpi, BigDecimal value, String what, SourceLoc at, Diagnostics out) {
    if (kpi != null && kpi.mustNotBeNegative()) {
      out.error(at, what + kpi.name() + " cannot be negative, found " + DiagnosticText.value(value, kpi.unit())
          + "; a KPI that can fall below zero (net new customers, a net cash position) says so with"
          + " `may_be_negative: true` in company.yaml");
    }
  }

  /** Reports a per-share amount beyond 1000, the sign of an amount scaled by mistake. */
  static void perShare(BigDecimal value, Amount at, String label, Diagnostics out) {
    if (value.abs().compareTo(MAX_PER_SHARE) > 0) {
      out.error(at.loc(), label + " of " + DiagnosticText.plain(value) + " is outside -1000 to 1000;"
          + " per-share amounts are written in plain currency units, never in `units`");
    }
  }

  private static boolean isRevenue(FigurePath path) {
    return path instanceof FigurePath.SegmentRevenue || path instanceof FigurePath.Line
        || path instanceof FigurePath.Result r && r.metric() == Metric.REVENUE;
  }

  private static void profits(Figures figures, Diagnostics out) {
    Amount revenue = figures.result(Metric.REVENUE);
    for (Metric m : PROFITS) {
      above(figures.result(m), m.label(), revenue, "revenue", out);
    }
    for (Map.Entry<String, SegmentFigures> e : figures.segments().entrySet()) {
      SegmentFigures s = e.getValue();
      above(s.operatingIncome(), "operating income", s.revenue(), "the segment's revenue", out);
    }
  }

  private static void above(Amount part, String label, Amount whole, String wholeLabel, Diagnostics out) {
    if (part != null && whole != null
        && Interval.of(part).above(Interval.of(whole))) {
      out.warning(part.loc(), label + " of " + DiagnosticText.money(part.value()) + " is more than "
          + wholeLabel + " of " + DiagnosticText.money(whole.value()) + "; check the figure and the file's units");
    }
  }
}
