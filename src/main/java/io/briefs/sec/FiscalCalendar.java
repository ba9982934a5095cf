package io.briefs.sec;

import io.briefs.model.FiscalQuarter;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A company's fiscal calendar: which fiscal quarter a date ends, for a fiscal year ending in a
 * given month and named after the calendar year in which it ends (Dell's FY2026 ends in January
 * 2026). Quarters end 3, 6, 9 and 12 months after the year begins; 52/53-week years end on a
 * weekday near the month end (Dell's FY2024 ended on 2 February 2024), so a date is matched to the
 * nearest month end of a quarter, never to exact dates.
 */
final class FiscalCalendar {
  /** How far a period's last day may lie from its month end: a week each way, and some. */
  static final int SLACK_DAYS = 20;

  private final Month yearEnd;

  FiscalCalendar(Month yearEnd) {
    this.yearEnd = yearEnd;
  }

  /** The last day of the month in which a quarter nominally ends. */
  LocalDate nominalEnd(FiscalQuarter q) {
    return YearMonth.of(q.year(), yearEnd).minusMonths(3L * (4 - q.quarter())).atEndOfMonth();
  }

  /** The fiscal quarter that ends on or near {@code date}, or null when no quarter ends near it. */
  @Nullable FiscalQuarter quarterEnding(LocalDate date) {
    FiscalQuarter best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int year = date.getYear() - 1; year <= date.getYear() + 2; year++) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        FiscalQuarter q = new FiscalQuarter(year, quarter);
        long distance = Math.abs(ChronoUnit.DAYS.between(nominalEnd(q), date));
        if (distance < bestDistance) {
          best = q;
          bestDistance = distance;
        }
      }
    }
    return bestDistance <= SLACK_DAYS ? best : null;
  }

  /**
   * Where a duration sits in the fiscal calendar: a quarter, a year to date (six or nine months)
   * or a fiscal year; null for anything else (a half-year not starting with the year, a period
   * off the calendar).
   */
  @Nullable Slot slot(LocalDate start, LocalDate end) {
    FiscalQuarter last = quarterEnding(end);
    FiscalQuarter before = quarterEnding(start.minusDays(1));
    if (last == null || before == null) {
      return null;
    }
    int span = last.quartersSince(before);
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    if (span < 1 || span > 4 || Math.abs(days - 91L * span) > 14 + 3L * span) {
      return null;
    }
    if (span > 1 && last.quarter() != span) {
      return null; // several quarters that do not start the year: not a year to date
    }
    return new Slot(last, span);
  }

  /**
   * The month in which fiscal years end, from the last days of fiscal-year periods: the month
   * whose end most of them are nearest (2 February 2024 is nearest 31 January).
   *
   * @return null when there are no such dates
   */
  static @Nullable Month inferYearEnd(Collection<LocalDate> yearEnds) {
    Map<Month, Integer> votes = new EnumMap<>(Month.class);
    for (LocalDate d : yearEnds) {
      YearMonth here = YearMonth.from(d);
      YearMonth nearest = here;
      long best = ChronoUnit.DAYS.between(d, here.atEndOfMonth());
      YearMonth previous = here.minusMonths(1);
      long back = ChronoUnit.DAYS.between(previous.atEndOfMonth(), d);
      if (back < best) {
        nearest = previous;
      }
      votes.merge(nearest.getMonth(), 1, Integer::sum);
    }
    Month best = null;
    for (Map.Entry<Month, Integer> e : votes.entrySet()) { // in month order: ties go to the earlier
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
