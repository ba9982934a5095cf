package io.briefs.chart;

import io.briefs.metrics.FactUnit;
import io.briefs.narrative.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis tick labels in the same style as the text: "$10B" for "$10 billion", "2.5%", "$1.50". */
final class AxisFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;
  private final transient Numbers numbers;
  private final FactUnit unit;

  AxisFormat(Numbers numbers, FactUnit unit) {
    this.numbers = numbers;
    this.unit = unit;
  }

  /** The tick label of a value. */
  String label(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return switch (unit) {
      case MONEY -> numbers.moneyShort(v);
      case PER_SHARE -> numbers.perShare(v);
      // ticks are round numbers: as many decimals as the tick has, at most one
      case PERCENT -> Math.max(0, v.scale()) == 0 ? Numbers.percent0(v) : Numbers.percent1(v);
      default -> Numbers.count(v);
    };
  }

  @Override
  public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
    // ticks are computed in binary floating point: round away the noise (0.30000000000000004)
    BigDecimal value = new BigDecimal(number).round(new java.math.MathContext(12, RoundingMode.HALF_EVEN));
    return to.append(label(value));
  }

  @Override
  public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
    return format((double) number, to, pos);
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("axis labels are only formatted");
  }
}
