package io.briefs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.model.FiscalQuarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class IntervalTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void writtenFigureStandsForHalfAUnitEitherSide() {
    Interval i = Interval.written(d("7.7E+9"));
    assertThat(i.low()).isEqualByComparingTo("7.65E+9");
    assertThat(i.high()).isEqualByComparingTo("7.75E+9");
    assertThat(Interval.written(d("23378")).high()).isEqualByComparingTo("23378.5");
  }

  @Test
  void roundedPartsMayAddUpToMoreThanTheirRoundedWhole() {
    Interval lines = Interval.written(d("7.7")).plus(Interval.written(d("4.0")));
    assertThat(lines.above(Interval.written(d("11.6")))).isFalse();
    assertThat(Interval.written(d("11.9")).above(Interval.written(d("11.6")))).isTrue();
  }

  @Test
  void growthIntervalSpansTheCornersOfBothFigures() {
    Interval growth = Interval.written(d("7.7")).growthFrom(Interval.written(d("4.3")));
    assertThat(growth.low().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("75.86");
    assertThat(growth.high().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("82.35");
    assertThat(growth.contains(d("83"), BigDecimal.ONE)).isTrue();
    assertThat(growth.contains(d("84"), BigDecimal.ONE)).isFalse();
    assertThat(Interval.written(d("5")).growthFrom(Interval.written(d("0")))).as("no base").isNull();
  }

  @Test
  void fiscalQuartersEndAtMonthEndsCountedBackFromTheYearEnd() {
    assertThat(end(Month.JANUARY, 2026, 1)).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(end(Month.JANUARY, 2026, 4)).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(end(Month.DECEMBER, 2025, 2)).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(end(Month.MARCH, 2026, 1)).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  private static LocalDate end(Month yearEnd, int year, int quarter) {
    return DateRules.expectedEnd(yearEnd, new FiscalQuarter(year, quarter));
  }
}
