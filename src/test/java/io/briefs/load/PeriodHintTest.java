package io.briefs.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodHintTest {
  @Test
  void recognisesTheUsualMisspellingsOfAPeriod() {
    assertThat(PeriodHint.hint("fy2025q1", true)).isEqualTo("; did you mean `FY2025-Q1`?");
    assertThat(PeriodHint.hint("FY 2025 Q1", true)).isEqualTo("; did you mean `FY2025-Q1`?");
    assertThat(PeriodHint.hint("Q1 FY25", true)).isEqualTo("; did you mean `FY2025-Q1`?");
    assertThat(PeriodHint.hint("FY2025_Q4", true)).isEqualTo("; did you mean `FY2025-Q4`?");
    assertThat(PeriodHint.hint("fy2026", false)).isEqualTo("; did you mean `FY2026`?");
  }

  @Test
  void staysQuietWhenNothingFits() {
    assertThat(PeriodHint.hint("fy2026", true)).as("a year where a quarter is required").isEmpty();
    assertThat(PeriodHint.hint("2025-Q2", true)).isEmpty();
    assertThat(PeriodHint.hint("FY2025-Q5", true)).isEmpty();
    assertThat(PeriodHint.hint("next year", false)).isEmpty();
  }
}
