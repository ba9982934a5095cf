package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.Decimals;
import io.briefs.metrics.FigureWalk;
import io.briefs.metrics.Prior;
import io.briefs.metrics.PriorLookup;
import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Quarter;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;

/**
 * A change the company states ({@code {value, change_pct}}) must agree with the year-over-year
 * change computed from the figures, within 1 percentage point beyond what the rounding of the
 * written figures allows. The year-earlier figure is the one the brief would use ({@link
 * PriorLookup}): this release's comparatives win, and a period it restates is not compared.
 */
final class StatedChangeRules implements Rule {
  private static final BigDecimal SLACK_POINTS = BigDecimal.ONE;

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      PriorLookup lookup = new PriorLookup(data, q);
      for (FigurePath path : FigureWalk.paths(q.figures())) {
        Amount current = path.in(q.figures());
        if (current.hasStatedChange()) {
          Prior prior = lookup.find(q.period().yearAgo(), path);
          if (prior != null) {
            compare(data, path, current, prior, out);
          }
        }
      }
    }
  }

  private static void compare(
      CompanyData data, FigurePath path, Amount current, Prior prior, Diagnostics out) {
    BigDecimal before = prior.amount().value();
    Interval allowed = Interval.of(current).growthFrom(Interval.of(prior.amount()));
    BigDecimal computed = Decimals.growthPct(current.value(), before);
    if (allowed == null || computed == null || allowed.contains(current.statedChangePct(), SLACK_POINTS)) {
      return;
    }
    ValueKind kind = DiagnosticText.kind(data.company(), path);
    out.error(current.loc(), "stated change " + DiagnosticText.statedPct(current.statedChangePct()) + " of "
        + DiagnosticText.label(data.company(), path) + " disagrees with the computed year-over-year change of "
        + DiagnosticText.computedPct(computed) + " (from " + DiagnosticText.value(before, kind) + " in "
        + prior.period().label() + ", " + DiagnosticText.place(prior.amount().loc()) + ", to "
        + DiagnosticText.value(current.value(), kind) + "); " + tolerance(allowed));
  }

  /** Says how far the written figures let the change go, when their rounding widens it. */
  private static String tolerance(Interval allowed) {
    String low = DiagnosticText.computedPct(allowed.low());
    String high = DiagnosticText.computedPct(allowed.high());
    if (low.equals(high)) {
      return "they must agree within 1 percentage point";
    }
    return "with the rounding of the written figures the change is between " + low + " and " + high
        + ", and they must agree within 1 percentage point of that";
  }
}
