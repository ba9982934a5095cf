package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.Decimals;
import io.briefs.metrics.FigureWalk;
import io.briefs.metrics.Prior;
import io.briefs.metrics.PriorLookup;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.Margin;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Segment;
import io.briefs.model.SegmentFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages the company states: a margin ({@code gross_margin_pct}, a segment's {@code
 * operating_margin_pct}) must agree with its money figure over revenue when the same block gives
 * both, within the rounding of all three; a change in basis points ({@code change_bps}) must agree
 * with the change from the year-earlier figure, within 10 basis points beyond the rounding of both.
 */
final class MarginRules implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal SLACK_BPS = BigDecimal.TEN;

  @Override
  public void check(CompanyData data, Diagnostics out) {
    Company company = data.company();
    for (Quarter q : data.quarters()) {
      for (Figures figures : Blocks.of(q)) {
        for (Margin m : Margin.values()) {
          agree(figures.margin(m), figures.result(m.of()), figures.result(Metric.REVENUE),
              m.label(), m.of().label(), "revenue", out);
        }
        for (Segment s : company.segments()) {
          SegmentFigures f = figures.segment(s.id());
          if (f != null) {
            agree(f.operatingMargin(), f.operatingIncome(), f.revenue(), s.shortName() + " operating margin",
                s.shortName() + " operating income", s.shortName() + " revenue", out);
          }
        }
      }
      basisPoints(data, q, out);
    }
  }

  /** A stated margin against {@code part / whole}, when the block gives all three. */
  private static void agree(Amount stated, Amount part, Amount whole, String label, String partLabel,
      String wholeLabel, Diagnostics out) {
    if (stated == null || part == null || whole == null) {
      return;
    }
    Interval computed = Interval.of(part).percentOf(Interval.of(whole));
    if (computed == null || computed.overlaps(Interval.of(stated))) {
      return;
    }
    BigDecimal exact = part.value().multiply(HUNDRED).divide(whole.value(), Decimals.CONTEXT);
    out.error(stated.loc(), "stated " + label + " of " + DiagnosticText.plain(stated.value()) + "% disagrees with "
        + partLabel + " of " + DiagnosticText.money(part.value()) + " (" + DiagnosticText.place(part.loc())
        + ") over " + wholeLabel + " of " + DiagnosticText.money(whole.value()) + ", " + pct(exact)
        + "; with the rounding of the written figures the margin is between " + pct(computed.low()) + " and "
        + pct(computed.high()));
  }

  /** Each change stated in basis points against the year-earlier figure, when the data has it. */
  private static void basisPoints(CompanyData data, Quarter q, Diagnostics out) {
    PriorLookup lookup = new PriorLookup(data, q);
    for (FigurePath path : FigureWalk.paths(q.figures())) {
      Amount current = path.in(q.figures());
      if (current.statedChangeBps() == null) {
        continue;
      }
      Prior prior = lookup.find(q.period().yearAgo(), path);
      if (prior == null) {
        continue;
      }
      Interval change = Interval.of(current).minus(Interval.of(prior.amount()));
      Interval bps = new Interval(change.low().multiply(HUNDRED), change.high().multiply(HUNDRED));
      if (bps.contains(current.statedChangeBps(), SLACK_BPS)) {
        continue;
      }
      BigDecimal computed = current.value().subtract(prior.amount().value()).multiply(HUNDRED);
      out.error(current.loc(), "stated change of " + bps(current.statedChangeBps()) + " of " + DiagnosticText.label(data.company(), path) + " disagrees with the change from "
          + DiagnosticText.plain(prior.amount().value()) + "% in " + prior.period().label() + " ("
          + DiagnosticText.place(prior.amount().loc()) + ") to " + DiagnosticText.plain(current.value())
          + "%, " + bps(computed) + "; with the rounding of the written figures the change is between "
          + bps(bps.low()) + " and " + bps(bps.high()) + ", and they must agree within 10 basis points of that");
    }
  }

  private static String pct(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String bps(BigDecimal value) {
    BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + " basis points";
  }
}
