package io.briefs.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.metrics.Decimals;
import io.briefs.narrative.Direction;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Style;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of number formatting and of the basic metrics, over huge, tiny and boundary values. */
class NumbersProperties {
  private static final Numbers USD = new Numbers("USD");
  private static final Pattern MONEY = Pattern.compile("(-?)\\$(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)( (million|billion|trillion))?");

  /** Money as datasets write it: up to 18 significant digits, any scale, scaled like units do. */
  @Provide
  Arbitrary<BigDecimal> money() {
    Arbitrary<BigDecimal> digits = Arbitraries.bigDecimals()
        .between(new BigDecimal("-999999999999999"), new BigDecimal("999999999999999")).ofScale(3);
    Arbitrary<Integer> exponent = Arbitraries.integers().between(0, 9);
    Arbitrary<BigDecimal> boundaries = Arbitraries.of("999.96", "999.95", "999.949", "9.96", "9.949",
        "999999.6", "999999999.5", "0.0005", "-999.96", "1000", "0").map(BigDecimal::new);
    return Arbitraries.oneOf(digits, boundaries).flatMap(d -> exponent.map(e -> d.scaleByPowerOfTen(e)));
  }

  @Property(tries = 2000)
  void moneyReadsAsAFigureWithinItsDisplayedPrecision(@ForAll("money") BigDecimal value) {
    String text = USD.money(value);
    Matcher m = MONEY.matcher(text);
    assertThat(m.matches()).as(text).isTrue();
    BigDecimal shown = new BigDecimal(m.group(2).replace(",", ""));
    int exponent = m.group(4) == null ? 0 : switch (m.group(4)) {
      case "million" -> 6;
      case "billion" -> 9;
      default -> 12;
    };
    // never "$1,000 million": a value that rounds up to the next unit is shown in it
    if (exponent > 0 && exponent < 12) {
      assertThat(shown.compareTo(BigDecimal.valueOf(1000))).as(text).isLessThan(0);
    }
    BigDecimal back = shown.scaleByPowerOfTen(exponent).multiply(m.group(1).isEmpty() ? BigDecimal.ONE : BigDecimal.ONE.negate());
    BigDecimal halfUnit = shown.ulp().scaleByPowerOfTen(exponent).divide(BigDecimal.valueOf(2));
    assertThat(back.subtract(value).abs()).as(text + " for " + value.toPlainString()).isLessThanOrEqualTo(halfUnit);
  }

  @Property
  void perShareAlwaysShowsCentsAndTheSign(@ForAll("money") BigDecimal value) {
    String text = USD.perShare(value.movePointLeft(6));
    assertThat(text).matches("-?\\$\\d{1,3}(,\\d{3})*\\.\\d{2}");
  }

  @Property
  void growthHasAMeaningOnlyOverAPositiveBase(@ForAll("money") BigDecimal current, @ForAll("money") BigDecimal prior) {
    BigDecimal pct = Decimals.growthPct(current, prior);
    if (prior.signum() <= 0) {
      assertThat(pct).isNull();
    } else {
      assertThat(pct.signum()).isEqualTo(current.compareTo(prior));
    }
  }

  @Property
  void theVerbAlwaysAgreesWithTheSign(@ForAll("money") BigDecimal value) {
    BigDecimal pct = value.movePointLeft(9);
    Style.Wording w = Style.defaults().verb(pct);
    if (pct.abs().compareTo(new BigDecimal("0.5")) <= 0) {
      assertThat(w.direction()).isEqualTo(Direction.FLAT);
    } else {
      assertThat(w.direction()).isEqualTo(pct.signum() > 0 ? Direction.UP : Direction.DOWN);
    }
    assertThat(Numbers.growth(pct)).doesNotStartWith("-");
  }

  @Property
  void aWrittenFigureNeverDiffersFromItself(@ForAll("money") BigDecimal value) {
    assertThat(Decimals.differ(value, value)).isFalse();
    assertThat(Decimals.differ(value, value.setScale(value.scale() + 2))).isFalse();
  }
}
