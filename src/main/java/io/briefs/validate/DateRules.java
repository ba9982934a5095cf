package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The dates of one release: the quarter ends before it is reported, is reported within 120 days,
 * and ends near where the company's fiscal calendar puts it.
 */
final class DateRules implements Rule {
  /** The longest a release may follow its quarter end (annual reports may take a while). */
  static final int MAX_REPORTING_DAYS = 120;
  /**
   * How far a quarter end may lie from the end of its calendar month: 52/53-week years end on a
   * weekday near the month end (Dell's FY2025-Q1 ended on 3 May), never two weeks away.
   */
  static final int CALENDAR_SLACK_DAYS = 14;

  @Override
  public void check(CompanyData data, Diagnostics out) {
    Month yearEnd = data.company().fiscalYearEnd();
    for (Quarter q : data.quarters()) {
      long days = ChronoUnit.DAYS.between(q.periodEnd(), q.reported());
      if (days < 0) {
        out.error(q.periodEndAt(), "period_end " + q.periodEnd() + " is after reported " + q.reported()
            + ": a quarter is reported after it ends");
      } else if (days > MAX_REPORTING_DAYS) {
        out.error(q.reportedAt(), "reported " + q.reported() + " is " + days + " days after period_end "
            + q.periodEnd() + "; the limit is " + MAX_REPORTING_DAYS + " days, so one of the dates is"
            + " wrong");
      }
      LocalDate expected = expectedEnd(yearEnd, q.period());
      long off = Math.abs(ChronoUnit.DAYS.between(expected, q.periodEnd()));
      if (off > CALENDAR_SLACK_DAYS) {
        out.warning(q.periodEndAt(), "period_end " + q.periodEnd() + " is " + off + " days from "
            + expected + ", where " + q.period().label() + " ends for a fiscal year ending in "
            + yearEnd.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "; check period, period_end"
            + " and fiscal_year_end in company.yaml");
      }
    }
  }

  /**
   * The last day of the month in which a quarter ends: a fiscal year is named after the calendar
   * year in which it ends, and its quarters end 3, 6, 9 and 12 months after it began.
   */
  static LocalDate expectedEnd(Month yearEnd, FiscalQuarter quarter) {
    return YearMonth.of(quarter.year(), yearEnd)
        .minusMonths(3L * (4 - quarter.quarter()))
        .atEndOfMonth();
  }
}
