package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.FigureWalk;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.Guidance;
import io.briefs.model.Kpi;
import io.briefs.model.Quarter;
import io.briefs.model.Range;
import io.briefs.model.RangeForm;
import io.briefs.model.SourceLoc;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;

/**
 * Amounts of money that are not zero but smaller than one unit of the currency. A brief shows
 * money to the whole unit at best ("$512,345"), so such an amount reads "$0" while its changes are
 * worked out from the true value: revenue of 0.000000001 million (a tenth of a cent) rising to
 * 0.000000002 read "revenue surges 100% to $0". No company reports a total, an estimate or an
 * outlook in fractions of a cent or of a dollar; the figure is a typo or in the wrong `units`,
 * and is refused where it is written. (Per-share amounts and prices are always shown in cents and
 * are not money in this sense.)
 */
final class MoneyScaleRules implements Rule {

  @Override
  public void check(CompanyData data, Diagnostics out) {
    Company company = data.company();
    for (Quarter q : data.quarters()) {
      for (Figures figures : Blocks.of(q)) {
        for (FigurePath path : FigureWalk.paths(figures)) {
          if (DiagnosticText.kind(company, path) == ValueKind.MONEY) {
            Amount a = path.in(figures);
            check(a.value(), DiagnosticText.label(company, path), company, a.loc(), out);
          }
        }
      }
      if (q.coverage().consensus() != null) {
        q.coverage().consensus().estimates().forEach((metric, a) -> {
          if (metric.kind() == ValueKind.MONEY) {
            check(a.value(), "the " + metric.label() + " estimate", company, a.loc(), out);
          }
        });
      }
      for (Guidance g : q.guidance()) {
        g.metrics().forEach((metric, r) -> {
          if (metric.kind() == ValueKind.MONEY) {
            range(r, "guided " + metric.label(), company, out);
          }
        });
        g.kpis().forEach((id, r) -> {
          Kpi kpi = company.kpi(id);
          if (kpi != null && kpi.unit() == ValueKind.MONEY) {
            range(r, "guided " + kpi.name(), company, out);
          }
        });
      }
    }
  }

  private static void range(Range r, String label, Company company, Diagnostics out) {
    for (var e : GuidanceRules.written(r).entrySet()) {
      if (check(e.getValue(), "the " + e.getKey() + " of " + label, company, r.loc(), out)) {
        return; // once per range
      }
    }
    if (r.form() == RangeForm.MID_PLUS_MINUS) {
      check(r.plusMinus(), "the plus_minus of " + label, company, r.loc(), out);
    }
  }

  /** Reports {@code value} when it is not zero but under one unit of the currency; true when so. */
  private static boolean check(BigDecimal value, String label, Company company, SourceLoc at, Diagnostics out) {
    if (value == null || value.signum() == 0 || value.abs().compareTo(BigDecimal.ONE) >= 0) {
      return false;
    }
    String currency = company.currency();
    out.error(at, label + " is " + DiagnosticText.plain(value.stripTrailingZeros()) + " " + currency
        + ", not zero but smaller than 1 " + currency + ": a brief would show it as 0; check the figure and the"
        + " file's `units`");
    return true;
  }
}
