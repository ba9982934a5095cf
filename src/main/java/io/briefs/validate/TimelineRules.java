package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;

/**
 * A company's quarters in order: each quarter ends after the one before it, and (a warning, since
 * a delayed filing can happen) is reported after it.
 */
final class TimelineRules implements Rule {

  @Override
  public void check(CompanyData data, Diagnostics out) {
    Quarter previous = null;
    for (Quarter q : data.quarters()) { // oldest period first
      if (previous != null) {
        if (!q.periodEnd().isAfter(previous.periodEnd())) {
          out.error(q.periodEndAt(), "period_end " + q.periodEnd() + " is not after the period_end of "
              + previous.period().label() + ", " + previous.periodEnd() + " ("
              + DiagnosticText.place(previous.periodEndAt()) + "); later quarters end later");
        } else if (q.reported().isBefore(previous.reported())) {
          out.warning(q.reportedAt(), "reported " + q.reported() + " is before the release of "
              + previous.period().label() + " on " + previous.reported() + " ("
              + DiagnosticText.place(previous.reportedAt()) + ")");
        }
      }
      previous = q;
    }
  }
}
