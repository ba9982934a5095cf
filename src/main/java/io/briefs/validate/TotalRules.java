package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.CompanyData;
import io.briefs.model.Figures;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Segment;
import io.briefs.model.SegmentFigures;
import io.briefs.model.SegmentLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parts never exceed their whole: a segment's lines, when all are given, do not add up to more
 * than its revenue, nor all segments to more than total revenue. The check allows 0.5% and the
 * rounding of every written figure, so 7.7 + 4.0 against 11.6 (billions) passes: the true figures
 * may be 7.65 + 3.95 against 11.65.
 */
final class TotalRules implements Rule {
  private static final BigDecimal TOLERANCE = new BigDecimal("1.005");
  private static final String ALLOWING = " (allowing 0.5% and the rounding of the written figures)";

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      for (Figures figures : Blocks.of(q)) {
        lines(data.company(), figures, out);
        segments(data.company(), figures, out);
      }
    }
  }

  private static void lines(Company company, Figures figures, Diagnostics out) {
    for (Segment segment : company.segments()) {
      SegmentFigures s = figures.segment(segment.id());
      if (s == null || s.revenue() == null || segment.lines().isEmpty()) {
        continue;
      }
      List<Amount> parts = new ArrayList<>();
      for (SegmentLine line : segment.lines()) {
        parts.add(s.lines().get(line.id()));
      }
      if (exceeds(parts, s.revenue())) {
        out.error(s.revenue().loc(), "the lines of segment `" + segment.id() + "` add up to "
            + DiagnosticText.money(sum(parts)) + ", more than its revenue of " + DiagnosticText.money(s.revenue().value())
            + ALLOWING);
      }
    }
  }

  private static void segments(Company company, Figures figures, Diagnostics out) {
    Amount revenue = figures.result(Metric.REVENUE);
    if (revenue == null || company.segments().isEmpty()) {
      return;
    }
    List<Amount> parts = new ArrayList<>();
    for (Segment segment : company.segments()) {
      SegmentFigures s = figures.segment(segment.id());
      parts.add(s == null ? null : s.revenue());
    }
    if (exceeds(parts, revenue)) {
      out.error(revenue.loc(), "the segments' revenues add up to " + DiagnosticText.money(sum(parts))
          + ", more than total revenue of " + DiagnosticText.money(revenue.value()) + ALLOWING);
    }
  }

  /** Whether all parts are given and even their smallest true sum exceeds the whole. */
  private static boolean exceeds(List<Amount> parts, Amount whole) {
    Interval total = null;
    for (Amount part : parts) {
      if (part == null) {
        return false;
      }
      Interval i = Interval.of(part);
      total = total == null ? i : total.plus(i);
    }
    return total != null && total.above(Interval.of(whole).times(TOLERANCE));
  }

  private static BigDecimal sum(List<Amount> parts) {
    // no zero identity: its scale would add digits the user never wrote
    return parts.stream().map(Amount::value).reduce(BigDecimal::add).orElseThrow();
  }
}
