package io.briefs.sec;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.model.FiscalQuarter;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates mapped to fiscal quarters by nearest quarter end, for 52/53-week years too. */
class FiscalCalendarTest {
  private final FiscalCalendar dell = new FiscalCalendar(Month.JANUARY);

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void dellsQuarterEndsMapToItsFiscalQuarters() {
    // FY2026 ends in January 2026; its quarters end early May, early August, early November
    assertThat(dell.quarterEnding(d("2025-05-02"))).isEqualTo(new FiscalQuarter(2026, 1));
    assertThat(dell.quarterEnding(d("2025-08-01"))).isEqualTo(new FiscalQuarter(2026, 2));
    assertThat(dell.quarterEnding(d("2025-10-31"))).isEqualTo(new FiscalQuarter(2026, 3));
    assertThat(dell.quarterEnding(d("2026-01-30"))).isEqualTo(new FiscalQuarter(2026, 4));
    // a 53-week year ending on 2 February 2024 is FY2024, not FY2025
    assertThat(dell.quarterEnding(d("2024-02-02"))).isEqualTo(new FiscalQuarter(2024, 4));
    assertThat(dell.quarterEnding(d("2023-02-03"))).isEqualTo(new FiscalQuarter(2023, 4));
    assertThat(dell.quarterEnding(d("2024-05-03"))).isEqualTo(new FiscalQuarter(2025, 1));
    // mid-quarter dates belong to no quarter end
    assertThat(dell.quarterEnding(d("2025-06-15"))).isNull();
  }

  @Test
  void durationsAreQuartersYearsToDateOrFiscalYears() {
    assertThat(dell.slot(d("2025-02-01"), d("2025-05-02"))).isEqualTo(new Slot(new FiscalQuarter(2026, 1), 1));
    assertThat(dell.slot(d("2024-11-02"), d("2025-01-31"))).isEqualTo(new Slot(new FiscalQuarter(2025, 4), 1));
    assertThat(dell.slot(d("2024-02-03"), d("2024-11-01"))).isEqualTo(new Slot(new FiscalQuarter(2025, 3), 3));
    assertThat(dell.slot(d("2024-02-03"), d("2024-08-02"))).isEqualTo(new Slot(new FiscalQuarter(2025, 2), 2));
    assertThat(dell.slot(d("2023-02-04"), d("2024-02-02"))).isEqualTo(new Slot(new FiscalQuarter(2024, 4), 4));
    // six months that do not start the year are no year to date
    assertThat(dell.slot(d("2024-05-04"), d("2024-11-01"))).isNull();
    // a month is no quarter
    assertThat(dell.slot(d("2024-04-04"), d("2024-05-03"))).isNull();
  }

  @Test
  void theYearEndMonthIsInferredFromFiscalYearEnds() {
    assertThat(FiscalCalendar.inferYearEnd(List.of(d("2024-02-02"), d("2025-01-31"), d("2023-02-03"))))
        .isEqualTo(Month.JANUARY);
    assertThat(FiscalCalendar.inferYearEnd(List.of(d("2024-09-28"), d("2023-09-30")))).isEqualTo(Month.SEPTEMBER);
    assertThat(FiscalCalendar.inferYearEnd(List.of(d("2024-12-31")))).isEqualTo(Month.DECEMBER);
    assertThat(FiscalCalendar.inferYearEnd(List.of())).isNull();
  }

  @Test
  void calendarYearCompaniesToo() {
    FiscalCalendar december = new FiscalCalendar(Month.DECEMBER);
    assertThat(december.quarterEnding(d("2025-03-31"))).isEqualTo(new FiscalQuarter(2025, 1));
    assertThat(december.quarterEnding(d("2024-12-28"))).isEqualTo(new FiscalQuarter(2024, 4));
    assertThat(december.slot(d("2025-01-01"), d("2025-06-30"))).isEqualTo(new Slot(new FiscalQuarter(2025, 2), 2));
  }
}
