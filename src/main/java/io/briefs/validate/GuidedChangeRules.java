package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.metrics.Fact;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.PeriodRef;
import io.briefs.model.ValueKind;
import io.briefs.model.Quarter;
import java.math.BigDecimal;

/**
 * The change a company states for a guided figure ({@code change_pct} in a guidance range) must
 * agree with the growth computed from the year-earlier figure the brief would use, when that is
 * known: within 1.5 percentage points, as the stated change is usually a whole percent of a
 * midpoint the company itself rounded. On a revised base the stated change is the company's
 * word, and this is what catches a stated change typed against the wrong period.
 */
final class GuidedChangeRules implements Rule {
  private static final BigDecimal SLACK_POINTS = new BigDecimal("1.5");

  private static String yearEarlier(PeriodRef period) {
    return period instanceof FiscalQuarter q ? q.yearAgo().label()
        : new FiscalYear(((FiscalYear) period).year() - 1).label() + ", the sum of its quarters";
  }

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      if (q.guidance().stream().noneMatch(g -> g.metrics().values().stream().anyMatch(r -> r.statedChangePct() != null)
          || g.kpis().values().stream().anyMatch(r -> r.statedChangePct() != null))) {
        continue;
      }
      BriefMetrics m = MetricsDeriver.derive(data, q);
      for (GuidedFigure g : m.guidance()) {
        if (g.current() == null || g.current().range().statedChangePct() == null || g.computedGrowth() == null) {
          continue;
        }
        BigDecimal stated = g.current().range().statedChangePct();
        BigDecimal computed = g.computedGrowth().value();
        if (stated.subtract(computed).abs().compareTo(SLACK_POINTS) > 0) {
          ValueKind kind = DiagnosticText.kind(data.company(), g.path());
          Fact base = g.yearEarlier();
          String from = base.inputs().size() == 1 ? ", " + DiagnosticText.place(base.inputs().get(0)) : "";
          out.error(g.current().range().loc(), "stated change " + DiagnosticText.statedPct(stated) + " of the "
              + g.period().label() + " " + DiagnosticText.label(data.company(), g.path()) + " guidance disagrees"
              + " with the growth of " + DiagnosticText.computedPct(computed) + " from the year-earlier "
              + DiagnosticText.value(base.value(), kind) + " (" + yearEarlier(g.period()) + from + ") to the"
              + " guided midpoint of " + DiagnosticText.value(g.current().mid().value(), kind)
              + "; they must agree within 1.5 percentage points");
        }
      }
    }
  }
}
