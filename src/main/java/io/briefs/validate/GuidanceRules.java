package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.Guidance;
import io.briefs.model.GuidanceEvent;
import io.briefs.model.Kpi;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Range;
import io.briefs.model.RangeForm;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlook of a release or of a guidance event: for a period still ahead, given once per
 * period, with ranges whose low is not above their high, tolerances that are not negative, no
 * negative revenue (nor revenue growth below -100%), and per-share amounts within 1000.
 */
final class GuidanceRules implements Rule {
  private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      entries(data, q.guidance(), out);
      q.guidance().forEach(g -> period(q.period(), g, out));
    }
    for (GuidanceEvent e : data.events()) {
      entries(data, e.guidance(), out);
      e.guidance().forEach(g -> period(data, e, g, out));
    }
  }

  /** The entries of one release or event: each period once, each range possible. */
  private static void entries(CompanyData data, List<Guidance> guidance, Diagnostics out) {
    Map<String, Guidance> seen = new HashMap<>();
    for (Guidance g : guidance) {
      Guidance first = seen.putIfAbsent(g.period().label(), g);
      if (first != null) {
        out.error(g.loc(), "guidance for " + g.period().label() + " is given twice (first at line "
            + first.loc().line() + "); merge the two entries");
      }
      g.metrics().forEach((m, range) -> range(range, m.label(), m.kind(), m, out));
      g.kpis().forEach((id, range) -> {
        Kpi kpi = data.company().kpi(id);
        range(range, kpi == null ? id : kpi.name(), kpi == null ? ValueKind.COUNT : kpi.unit(), null, out);
        written(range).forEach((key, v) -> {
          if (v.signum() < 0) {
            FigureRules.negativeKpi(kpi, v, "the guided " + key + " of ", range.loc(), out);
          }
        });
      });
      g.metricGrowth().forEach((m, range) -> growth(range, m.label(), m == Metric.REVENUE, out));
      g.kpiGrowth().forEach((id, range) -> {
        Kpi kpi = data.company().kpi(id);
        growth(range, kpi == null ? id : kpi.name(), false, out);
      });
    }
  }

  /** A growth range: low not above high, no negative tolerance, revenue not falling beyond 100%. */
  private static void growth(Range r, String label, boolean revenue, Diagnostics out) {
    range(r, label + " growth", ValueKind.PERCENT, null, out);
    for (Map.Entry<String, BigDecimal> e : written(r).entrySet()) {
      if (revenue && e.getValue().compareTo(MINUS_HUNDRED) < 0) {
        out.error(r.loc(), "guided revenue growth cannot be below -100%, found " + e.getKey() + " "
            + DiagnosticText.plain(e.getValue()) + "%");
      }
    }
  }

  /**
   * Guidance given at an event is for a period that had not ended by the event's date (its
   * {@code period_end} when the data has the quarter, else where the fiscal calendar ends it).
   */
  private static void period(CompanyData data, GuidanceEvent event, Guidance g, Diagnostics out) {
    FiscalQuarter last = g.period() instanceof FiscalQuarter quarter ? quarter : ((FiscalYear) g.period()).quarter(4);
    Quarter file = data.quarter(last);
    LocalDate end = file != null ? file.periodEnd() : DateRules.expectedEnd(data.company().fiscalYearEnd(), last);
    if (end.isBefore(event.date())) {
      out.error(g.loc(), "guidance for " + g.period().label() + " is not for a period still ahead on "
          + event.date() + ": it ended on " + end + (file == null ? " (by the fiscal calendar)" : "")
          + "; guidance is the outlook for a period not yet over");
    }
  }

  /** Guidance is for a later quarter, or for a fiscal year not yet complete with this release. */
  private static void period(FiscalQuarter current, Guidance g, Diagnostics out) {
    boolean ahead = g.period() instanceof FiscalQuarter quarter
        ? quarter.compareTo(current) > 0
        : isAhead((FiscalYear) g.period(), current);
    if (!ahead) {
      out.error(g.loc(), "guidance for " + g.period().label() + " is not for a period after this"
          + " release's " + current.label() + "; guidance is the outlook for a later quarter or for a"
          + " fiscal year still under way");
    }
  }

  private static boolean isAhead(FiscalYear year, FiscalQuarter current) {
    return year.year() > current.year() || year.year() == current.year() && current.quarter() < 4;
  }

  private static void range(Range r, String label, ValueKind kind, Metric metric, Diagnostics out) {
    if (r.form() == RangeForm.BOUNDS && r.low().compareTo(r.high()) > 0) {
      out.error(r.loc(), "the guided range for " + label + " has low " + DiagnosticText.value(r.low(), kind)
          + " above high " + DiagnosticText.value(r.high(), kind));
    }
    if (r.plusMinus() != null && r.plusMinus().signum() < 0) {
      String key = r.form() == RangeForm.MID_PLUS_MINUS_PCT ? "plus_minus_pct" : "plus_minus";
      out.error(r.loc(), key + " of the guided range for " + label + " cannot be negative, found "
          + DiagnosticText.plain(r.plusMinus()));
    }
    for (Map.Entry<String, BigDecimal> e : written(r).entrySet()) {
      BigDecimal v = e.getValue();
      if (metric == Metric.REVENUE && v.signum() < 0) {
        out.error(r.loc(), "guided revenue cannot be negative, found " + e.getKey() + " "
            + DiagnosticText.money(v));
      } else if (kind == ValueKind.PER_SHARE && v.abs().compareTo(FigureRules.MAX_PER_SHARE) > 0) {
        out.error(r.loc(), "guided " + label + " of " + DiagnosticText.plain(v) + " (" + e.getKey()
            + ") is outside -1000 to 1000; per-share amounts are written in plain currency units,"
            + " never in `units`");
      }
    }
  }

  /** The values the user wrote, by key (the normalised low and high of a mid form are derived). */
  static Map<String, BigDecimal> written(Range r) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    switch (r.form()) {
      case BOUNDS -> {
        out.put("low", r.low());
        out.put("high", r.high());
      }
      case AT_LEAST -> out.put("low", r.low());
      case AT_MOST -> out.put("high", r.high());
      default -> out.put("mid", r.mid());
    }
    return out;
  }
}
