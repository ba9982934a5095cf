package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Digit grouping by hand agrees with {@link DecimalFormat}, which it replaced for speed (but never writes -0). */
class GroupedProperties {
  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-1e15"), new BigDecimal("1e15")).ofScale(6),
        Arbitraries.of("0", "-0.0004", "-0.5", "999.995", "-999.995", "1000", "0.05", "-1234567.891")
            .map(BigDecimal::new));
  }

  @Property(tries = 2000)
  void groupsLikeDecimalFormat(@ForAll("values") BigDecimal value, @ForAll @IntRange(min = 0, max = 3) int places) {
    DecimalFormat f = new DecimalFormat(places > 0 ? "#,##0." + "0".repeat(places) : "#,##0",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    String expected = f.format(value);
    // DecimalFormat writes "-0" for a small negative rounded away; a brief never shows that
    if (value.setScale(places, RoundingMode.HALF_UP).signum() == 0) {
      expected = expected.replace("-", "");
    }
    assertThat(Numbers.grouped(value, places)).isEqualTo(expected);
  }
}
