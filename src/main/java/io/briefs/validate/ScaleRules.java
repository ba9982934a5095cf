package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A warning for revenue a hundred times larger or smaller than the quarter before: almost always
 * a file written in the wrong {@code units} (millions for billions), which would otherwise be
 * reported as spectacular growth.
 */
final class ScaleRules implements Rule {
  private static final BigDecimal FACTOR = BigDecimal.valueOf(100);

  @Override
  public void check(CompanyData data, Diagnostics out) {
    Quarter previous = null;
    for (Quarter q : data.quarters()) { // oldest period first
      if (previous != null && q.period().equals(previous.period().next())) {
        compare(q, previous, out);
      }
      previous = q;
    }
  }

  private static void compare(Quarter q, Quarter previous, Diagnostics out) {
    Amount now = q.figures().result(Metric.REVENUE);
    Amount before = previous.figures().result(Metric.REVENUE);
    if (now == null || before == null || now.value().signum() <= 0 || before.value().signum() <= 0) {
      return;
    }
    BigDecimal big = now.value().max(before.value());
    BigDecimal small = now.value().min(before.value());
    if (big.compareTo(small.multiply(FACTOR)) >= 0) {
      String times = big.divide(small, 0, RoundingMode.HALF_UP).toPlainString();
      String ratio = now.value().compareTo(before.value()) > 0 ? times + " times" : "1/" + times + " of";
      out.warning(now.loc(), "revenue of " + DiagnosticText.money(now.value()) + " is about " + ratio + " "
          + previous.period().label() + "'s " + DiagnosticText.money(before.value()) + " ("
          + DiagnosticText.place(before.loc()) + "); check `units` in both files");
    }
  }
}
